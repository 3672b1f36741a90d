//! Struct format strings: the byte-order prefix, then items (`3i`, `10s`,
//! `x`), laid out with C alignment in native mode (`@`, the default) and
//! packed with standard sizes otherwise (`=`, `<`, `>`, `!`).

/// How multi-byte values are ordered and whether native sizes and
/// alignment apply.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Order {
    /// `@`: native order, sizes and alignment.
    Native,
    /// `=`: native (little-endian) order, standard sizes, no alignment.
    StandardLittle,
    /// `<`.
    Little,
    /// `>` and `!`.
    Big,
}

impl Order {
    pub(super) fn little(self) -> bool {
        self != Order::Big
    }
    pub(super) fn native(self) -> bool {
        self == Order::Native
    }
}

/// One item of a format: its code, how many (`count`), its size and its
/// offset in the packed bytes. A `s`/`p` item is one value of `count`
/// bytes; other codes stand for `count` values.
#[derive(Clone, Copy, Debug)]
pub(super) struct Item {
    pub code: char,
    pub count: usize,
    pub size: usize,
    pub offset: usize,
}

impl Item {
    /// How many Python values the item packs or unpacks.
    pub(super) fn values(&self) -> usize {
        match self.code {
            'x' => 0,
            's' | 'p' => 1,
            _ => self.count,
        }
    }
}

/// A parsed format.
#[derive(Debug)]
pub(super) struct Format {
    pub order: Order,
    pub items: Vec<Item>,
    pub size: usize,
}

impl Format {
    /// How many values `pack` takes and `unpack` returns.
    pub(super) fn values(&self) -> usize {
        self.items.iter().map(Item::values).sum()
    }
}

/// The size of one value of `code` under `order`, or `None` for an
/// unknown code.
fn size_of(code: char, order: Order) -> Option<usize> {
    Some(match code {
        'x' | 'c' | 'b' | 'B' | '?' | 's' | 'p' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        'l' | 'L' => {
            if order.native() {
                8
            } else {
                4
            }
        }
        'q' | 'Q' | 'd' => 8,
        'n' | 'N' | 'P' if order.native() => 8,
        _ => return None,
    })
}

/// Parse `text`; the error is `struct.error`'s message.
pub(super) fn parse(text: &str) -> Result<Format, &'static str> {
    let order = match text.chars().next() {
        Some('@') => Order::Native,
        Some('=') => Order::StandardLittle,
        Some('<') => Order::Little,
        Some('>') | Some('!') => Order::Big,
        _ => return parse_items(Order::Native, text),
    };
    parse_items(order, &text[1..])
}

fn parse_items(order: Order, text: &str) -> Result<Format, &'static str> {
    let mut items = Vec::new();
    let mut offset = 0usize;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let (count, code) = if let Some(d) = c.to_digit(10) {
            let mut n = d as usize;
            while let Some(d) = chars.peek().and_then(|c| c.to_digit(10)) {
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add(d as usize))
                    .ok_or("total struct size too long")?;
                chars.next();
            }
            match chars.next() {
                Some(code) if !code.is_whitespace() => (n, code),
                _ => return Err("repeat count given without format specifier"),
            }
        } else {
            (1, c)
        };
        let size = size_of(code, order).ok_or("bad char in struct format")?;
        if order.native() && !matches!(code, 's' | 'p' | 'x') {
            offset = offset.div_ceil(size) * size;
        }
        items.push(Item {
            code,
            count,
            size,
            offset,
        });
        offset = count
            .checked_mul(size)
            .and_then(|n| n.checked_add(offset))
            .ok_or("total struct size too long")?;
    }
    Ok(Format {
        order,
        items,
        size: offset,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn native_mode_aligns_and_standard_mode_packs() {
        assert_eq!(parse("@bi").map(|f| f.size), Ok(8));
        assert_eq!(parse("=bi").map(|f| f.size), Ok(5));
        assert_eq!(parse("bi0q").map(|f| f.size), Ok(8));
        assert_eq!(parse("<3s2h").map(|f| f.size), Ok(7));
        assert_eq!(
            parse("<n").map(|f| f.size),
            Err("bad char in struct format")
        );
        assert_eq!(
            parse("3").map(|f| f.size),
            Err("repeat count given without format specifier")
        );
    }
}
