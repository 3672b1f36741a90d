//! `pyrite -m tokenize [-e] [FILE]`: mirrors `python3.11 -m tokenize`,
//! printing the stream `pyrite_lexer::tokenize_module` makes (the one the
//! bundled `tokenize` module yields) in that command's format: an ENCODING
//! token first for a file (none for standard input), then one
//! `"%-20s%-15s%-15r"` line per token. Its fatal errors (`EOF in
//! multi-line string`, `EOF in multi-line statement`, an unindent to no
//! open level) are printed as `FILE:LINE:COL: error: MSG` with exit status
//! 1, after no tokens for a file and after the tokens before the error for
//! standard input.

use std::io::{self, BufWriter, Read, Write};
use std::process::ExitCode;

use pyrite_lexer::tokenize_module::generate_tokens;
use pyrite_lexer::{decode_source_file, detect_encoding, str_repr as python_repr};

pub fn main(argv: &[String]) -> ExitCode {
    let mut exact = false;
    let mut filename = None;
    for arg in argv {
        match arg.as_str() {
            "-e" | "--exact" => exact = true,
            "-h" | "--help" => {
                println!("usage: tokenize.py [-h] [-e] [filename.py]");
                return ExitCode::SUCCESS;
            }
            _ if filename.is_none() => filename = Some(arg.clone()),
            _ => {
                eprintln!("usage: tokenize.py [-h] [-e] [filename.py]");
                eprintln!("tokenize.py: error: unrecognized arguments: {arg}");
                return ExitCode::from(2);
            }
        }
    }
    let (bytes, shown_name) = match read_input(filename.as_deref()) {
        Ok(read) => read,
        Err(message) => return fail(&message),
    };
    let rendered = if filename.is_some() {
        render(&bytes, &shown_name, exact)
    } else {
        render_stdin(&bytes, exact)
    };
    let (printed, failure) = match rendered {
        Ok(listing) => (listing, None),
        Err(Failure { printed, message }) => (printed, Some(message)),
    };
    let mut out = BufWriter::new(io::stdout().lock());
    // A closed pipe (`| head`) is not an error worth reporting.
    let _ = out.write_all(printed.as_bytes()).and_then(|()| out.flush());
    match failure {
        None => ExitCode::SUCCESS,
        Some(message) => fail(&message),
    }
}

fn fail(message: &str) -> ExitCode {
    eprintln!("{message}");
    ExitCode::from(1)
}

fn read_input(filename: Option<&str>) -> Result<(Vec<u8>, String), String> {
    match filename {
        Some(name) => std::fs::read(name)
            .map(|bytes| (bytes, name.to_string()))
            .map_err(|err| format!("error: {}", os_error_text(&err, name))),
        None => {
            let mut bytes = Vec::new();
            io::stdin()
                .read_to_end(&mut bytes)
                .map_err(|err| format!("error: {err}"))?;
            Ok((bytes, "<stdin>".to_string()))
        }
    }
}

/// An `OSError`'s `str()`, e.g. `[Errno 2] No such file or directory: 'x.py'`.
fn os_error_text(err: &io::Error, name: &str) -> String {
    let description = match err.kind() {
        io::ErrorKind::NotFound => "No such file or directory".to_string(),
        io::ErrorKind::PermissionDenied => "Permission denied".to_string(),
        _ => err.to_string(),
    };
    match err.raw_os_error() {
        Some(errno) => format!("[Errno {errno}] {description}: {}", python_repr(name)),
        None => description,
    }
}

/// The whole listing, or the one-line error `tokenize.py` would print.
fn render(bytes: &[u8], filename: &str, exact: bool) -> Result<String, Failure> {
    let declaration = detect_encoding(bytes);
    let encoding = declaration.cookie.clone().unwrap_or_else(|| "utf-8".into());
    if declaration.bom && encoding != "utf-8" {
        return Err(format!(
            "{filename}: error: encoding problem for {}: utf-8",
            python_repr(filename)
        )
        .into());
    }
    if declaration.cookie.is_none() && !cookie_lines_are_utf8(bytes) {
        return Err(format!(
            "{filename}: error: invalid or missing encoding declaration for {}",
            python_repr(filename)
        )
        .into());
    }
    let source = decode_source_file(bytes, filename)
        .map_err(|diagnostic| {
            if diagnostic.message.starts_with("encoding problem: ") {
                format!(
                    "{filename}: error: unknown encoding for {}: {encoding}",
                    python_repr(filename)
                )
            } else {
                format!("error: {}", diagnostic.message)
            }
        })
        .map_err(Failure::from)?;
    listing(&source, filename, Some(&encoding), exact)
}

/// The listing `tokenize.py` prints for `source`, or its fatal error.
fn listing(
    source: &str,
    filename: &str,
    encoding: Option<&str>,
    exact: bool,
) -> Result<String, Failure> {
    let (tokens, error) = generate_tokens(source, exact);
    let mut out = String::with_capacity(tokens.len() * 50 + 50);
    if let Some(encoding) = encoding {
        line(&mut out, (0, 0), (0, 0), "ENCODING", encoding);
    }
    for token in &tokens {
        line(&mut out, token.start, token.end, token.kind, &token.string);
    }
    match error {
        None => Ok(out),
        // A file's tokens are all read before any is printed; standard
        // input's are printed as they come, up to the error.
        Some(error) => Err(Failure {
            printed: if encoding.is_some() {
                String::new()
            } else {
                out
            },
            message: format!(
                "{filename}:{}:{}: error: {}",
                error.line, error.column, error.message
            ),
        }),
    }
}

/// One line of output: `"%-20s%-15s%-15r"`.
fn line(out: &mut String, from: (usize, usize), to: (usize, usize), name: &str, text: &str) {
    use std::fmt::Write as _;
    let range = format!("{},{}-{},{}:", from.0, from.1, to.0, to.1);
    let _ = writeln!(out, "{range:<20}{name:<15}{:<15}", python_repr(text));
}

/// Standard input is read as text, as `sys.stdin` reads it (UTF-8, line
/// breaks kept as they are), and has no ENCODING token.
fn render_stdin(bytes: &[u8], exact: bool) -> Result<String, Failure> {
    listing(&String::from_utf8_lossy(bytes), "<stdin>", None, exact)
}

/// What `tokenize.py` prints when it fails: the tokens it had already
/// printed (only when reading standard input), then one error line.
#[derive(Debug)]
struct Failure {
    printed: String,
    message: String,
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure {
            printed: String::new(),
            message,
        }
    }
}

/// `detect_encoding` decodes the lines it searches for a cookie (the first,
/// and the second if the first is blank or a comment) as UTF-8 first.
fn cookie_lines_are_utf8(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut lines = bytes.split_inclusive(|&b| b == b'\n');
    let Some(first) = lines.next() else {
        return true;
    };
    let Ok(text) = std::str::from_utf8(first) else {
        return false;
    };
    let blank_or_comment = matches!(
        text.trim_start_matches([' ', '\t', '\x0C']).chars().next(),
        None | Some('#' | '\r' | '\n')
    );
    !blank_or_comment
        || lines
            .next()
            .is_none_or(|second| std::str::from_utf8(second).is_ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_python() {
        assert_eq!(python_repr("print"), "'print'");
        assert_eq!(python_repr("'a'"), "\"'a'\"");
        assert_eq!(python_repr("'a\""), "'\\'a\"'");
        assert_eq!(python_repr("\n"), "'\\n'");
        assert_eq!(python_repr("é\u{200b}\x0c"), "'é\\u200b\\x0c'");
    }

    #[test]
    fn malformed_source_reads_as_tokenize_py_reads_it() {
        // Expected: `python3.11 -m tokenize` on the same bytes.
        let listing = render(b"x = 0777 + $y\nz = 'ab\n", "f.py", false).unwrap();
        let expected = [
            "0,0-0,0:            ENCODING       'utf-8'        ",
            "1,0-1,1:            NAME           'x'            ",
            "1,2-1,3:            OP             '='            ",
            "1,4-1,5:            NUMBER         '0'            ",
            "1,5-1,8:            NUMBER         '777'          ",
            "1,9-1,10:           OP             '+'            ",
            "1,10-1,11:          ERRORTOKEN     ' '            ",
            "1,11-1,12:          ERRORTOKEN     '$'            ",
            "1,12-1,13:          NAME           'y'            ",
            "1,13-1,14:          NEWLINE        '\\n'           ",
            "2,0-2,1:            NAME           'z'            ",
            "2,2-2,3:            OP             '='            ",
            "2,3-2,4:            ERRORTOKEN     ' '            ",
            "2,4-2,5:            ERRORTOKEN     \"'\"            ",
            "2,5-2,7:            NAME           'ab'           ",
            "2,7-2,8:            NEWLINE        '\\n'           ",
            "3,0-3,0:            ENDMARKER      ''             ",
        ];
        assert_eq!(listing.lines().collect::<Vec<_>>(), expected);
    }

    #[test]
    fn fatal_errors_print_no_tokens() {
        let failure = render(b"x = (1,\n", "f.py", false).unwrap_err();
        assert_eq!(
            failure.message,
            "f.py:2:0: error: EOF in multi-line statement"
        );
        assert!(failure.printed.is_empty());
        let failure = render(b"s = '''abc\n", "f.py", false).unwrap_err();
        assert_eq!(failure.message, "f.py:1:4: error: EOF in multi-line string");
    }

    #[test]
    fn listing_format() {
        let listing = render(b"print(1)\n", "f.py", false).unwrap();
        let first_lines: Vec<&str> = listing.lines().take(3).collect();
        assert_eq!(
            first_lines,
            [
                "0,0-0,0:            ENCODING       'utf-8'        ",
                "1,0-1,5:            NAME           'print'        ",
                "1,5-1,6:            OP             '('            ",
            ]
        );
        let exact = render(b"print(1)\n", "f.py", true).unwrap();
        assert!(exact.contains("LPAR"));
    }
}
