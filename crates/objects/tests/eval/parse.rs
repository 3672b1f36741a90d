//! Parser for the expression subset.

/// An expression.
#[derive(Clone, Debug)]
pub enum Expr {
    Int(String),
    Float(String),
    Imaginary(String),
    Str(String),
    Bytes(Vec<u8>),
    Name(String),
    Tuple(Vec<Expr>),
    List(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    Neg(Box<Expr>),
    Binary(String, Box<Expr>, Box<Expr>),
    Call {
        func: String,
        args: Vec<Expr>,
        keywords: Vec<(String, Expr)>,
    },
    Method {
        receiver: Box<Expr>,
        name: String,
        args: Vec<Expr>,
        keywords: Vec<(String, Expr)>,
    },
    Attribute(Box<Expr>, String),
}

/// Positional arguments and `name=value` keywords of a call.
type Arguments = (Vec<Expr>, Vec<(String, Expr)>);

struct Parser<'a> {
    s: &'a [char],
    i: usize,
}

pub fn parse(source: &str) -> Result<Expr, String> {
    let chars: Vec<char> = source.chars().collect();
    let mut p = Parser { s: &chars, i: 0 };
    let e = p.expr()?;
    p.ws();
    if p.i != chars.len() {
        return Err(format!("trailing input at {} in {source}", p.i));
    }
    Ok(e)
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.s.get(self.i).is_some_and(|c| *c == ' ') {
            self.i += 1;
        }
    }
    fn peek(&mut self) -> Option<char> {
        self.ws();
        self.s.get(self.i).copied()
    }
    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn expect(&mut self, c: char) -> Result<(), String> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(format!("expected {c:?} at {}", self.i))
        }
    }
    fn expr(&mut self) -> Result<Expr, String> {
        let mut left = self.term()?;
        loop {
            match self.peek() {
                Some(op @ ('+' | '-')) => {
                    self.i += 1;
                    let right = self.term()?;
                    left = Expr::Binary(op.to_string(), Box::new(left), Box::new(right));
                }
                _ => return Ok(left),
            }
        }
    }
    fn term(&mut self) -> Result<Expr, String> {
        let mut left = self.unary()?;
        loop {
            if self.peek() == Some('*') && self.s.get(self.i + 1) != Some(&'*') {
                self.i += 1;
                let right = self.unary()?;
                left = Expr::Binary("*".into(), Box::new(left), Box::new(right));
            } else {
                return Ok(left);
            }
        }
    }
    fn unary(&mut self) -> Result<Expr, String> {
        if self.eat('-') {
            return Ok(Expr::Neg(Box::new(self.unary()?)));
        }
        let base = self.postfix()?;
        if self.peek() == Some('*') && self.s.get(self.i + 1) == Some(&'*') {
            self.i += 2;
            let exp = self.unary()?;
            return Ok(Expr::Binary("**".into(), Box::new(base), Box::new(exp)));
        }
        Ok(base)
    }
    fn postfix(&mut self) -> Result<Expr, String> {
        let mut e = self.atom()?;
        while self.peek() == Some('.')
            && self
                .s
                .get(self.i + 1)
                .is_some_and(|c| c.is_alphabetic() || *c == '_')
        {
            self.i += 1;
            let name = self.name();
            if self.eat('(') {
                let (args, keywords) = self.arguments()?;
                e = Expr::Method {
                    receiver: Box::new(e),
                    name,
                    args,
                    keywords,
                };
            } else {
                e = Expr::Attribute(Box::new(e), name);
            }
        }
        Ok(e)
    }
    fn name(&mut self) -> String {
        let start = self.i;
        while self
            .s
            .get(self.i)
            .is_some_and(|c| c.is_alphanumeric() || *c == '_')
        {
            self.i += 1;
        }
        self.s[start..self.i].iter().collect()
    }
    fn arguments(&mut self) -> Result<Arguments, String> {
        let mut args = Vec::new();
        let mut keywords = Vec::new();
        while !self.eat(')') {
            let save = self.i;
            self.ws();
            let n = self.name();
            if !n.is_empty() && self.peek() == Some('=') && self.s.get(self.i + 1) != Some(&'=') {
                self.i += 1;
                keywords.push((n, self.expr()?));
            } else {
                self.i = save;
                args.push(self.expr()?);
            }
            if !self.eat(',') {
                self.expect(')')?;
                break;
            }
        }
        Ok((args, keywords))
    }
    fn sequence(&mut self, close: char) -> Result<(Vec<Expr>, bool), String> {
        let mut items = Vec::new();
        let mut trailing_comma = false;
        while !self.eat(close) {
            items.push(self.expr()?);
            trailing_comma = self.eat(',');
            if !trailing_comma {
                self.expect(close)?;
                break;
            }
        }
        Ok((items, trailing_comma))
    }
    fn atom(&mut self) -> Result<Expr, String> {
        match self.peek() {
            Some('(') => {
                self.i += 1;
                let (items, comma) = self.sequence(')')?;
                if items.len() == 1 && !comma {
                    Ok(items.into_iter().next().expect("one item"))
                } else {
                    Ok(Expr::Tuple(items))
                }
            }
            Some('[') => {
                self.i += 1;
                Ok(Expr::List(self.sequence(']')?.0))
            }
            Some('{') => {
                self.i += 1;
                let mut pairs = Vec::new();
                while !self.eat('}') {
                    let k = self.expr()?;
                    self.expect(':')?;
                    let v = self.expr()?;
                    pairs.push((k, v));
                    if !self.eat(',') {
                        self.expect('}')?;
                        break;
                    }
                }
                Ok(Expr::Dict(pairs))
            }
            Some('\'' | '"') => Ok(Expr::Str(self.string()?)),
            Some('b') if matches!(self.s.get(self.i + 1), Some('\'' | '"')) => {
                self.i += 1;
                let s = self.string()?;
                Ok(Expr::Bytes(s.chars().map(|c| c as u32 as u8).collect()))
            }
            Some(c) if c.is_ascii_digit() || c == '.' => Ok(self.number()),
            Some(c) if c.is_alphabetic() || c == '_' => {
                let n = self.name();
                if self.eat('(') {
                    let (args, keywords) = self.arguments()?;
                    Ok(Expr::Call {
                        func: n,
                        args,
                        keywords,
                    })
                } else {
                    Ok(Expr::Name(n))
                }
            }
            other => Err(format!("unexpected {other:?} at {}", self.i)),
        }
    }
    fn number(&mut self) -> Expr {
        let start = self.i;
        let mut float = false;
        let hex = self.s.get(self.i) == Some(&'0')
            && matches!(
                self.s.get(self.i + 1),
                Some('x' | 'X' | 'o' | 'O' | 'b' | 'B')
            );
        while let Some(&c) = self.s.get(self.i) {
            let exp_sign = matches!(c, '+' | '-')
                && matches!(self.s.get(self.i.wrapping_sub(1)), Some('e' | 'E'))
                && !hex;
            if c.is_ascii_alphanumeric() || c == '_' || c == '.' || exp_sign {
                if !hex && (c == '.' || c == 'e' || c == 'E') {
                    float = true;
                }
                self.i += 1;
            } else {
                break;
            }
        }
        let text: String = self.s[start..self.i].iter().collect();
        if let Some(t) = text.strip_suffix(['j', 'J']) {
            return Expr::Imaginary(t.to_string());
        }
        if float {
            Expr::Float(text)
        } else {
            Expr::Int(text)
        }
    }
    fn string(&mut self) -> Result<String, String> {
        let quote = self.s[self.i];
        self.i += 1;
        let mut out = String::new();
        loop {
            let c = *self.s.get(self.i).ok_or("unterminated string")?;
            self.i += 1;
            if c == quote {
                return Ok(out);
            }
            if c != '\\' {
                out.push(c);
                continue;
            }
            let e = *self.s.get(self.i).ok_or("bad escape")?;
            self.i += 1;
            let hex = |p: &mut Self, n: usize| -> Result<char, String> {
                let t: String = p.s[p.i..p.i + n].iter().collect();
                p.i += n;
                u32::from_str_radix(&t, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| "bad hex escape".to_string())
            };
            match e {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                '0' => out.push('\0'),
                'x' => out.push(hex(self, 2)?),
                'u' => out.push(hex(self, 4)?),
                'U' => out.push(hex(self, 8)?),
                other => out.push(other),
            }
        }
    }
}
