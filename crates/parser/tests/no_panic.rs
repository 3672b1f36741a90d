//! Robustness: random and mutated inputs, and very deep nesting, never
//! make the parser (or the dump and the renderers) panic or overflow the
//! stack. The random part is bounded by time, so it stays quick in debug
//! builds; its generator is seeded, so a failure can be reproduced.

use std::path::Path;
use std::time::{Duration, Instant};

use pyrite_parser::{ast, parse_module, render};

/// A small xorshift generator: deterministic, no dependency.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const FRAGMENTS: &[&str] = &[
    "x",
    "y",
    "_",
    "match",
    "case",
    "1",
    "2.5",
    "3j",
    "0x1f",
    "'s'",
    "b'b'",
    "f'{x}'",
    "f'{x!r:>{w}}'",
    "\"\"\"doc\"\"\"",
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ",",
    ":",
    ";",
    ".",
    "=",
    "==",
    ":=",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "|",
    "&",
    "^",
    "~",
    "<<",
    "<",
    ">=",
    "!=",
    "->",
    "...",
    "if",
    "else",
    "elif",
    "for",
    "in",
    "while",
    "def",
    "class",
    "return",
    "yield",
    "lambda",
    "not",
    "and",
    "or",
    "is",
    "await",
    "async",
    "with",
    "as",
    "try",
    "except",
    "finally",
    "raise",
    "from",
    "import",
    "global",
    "del",
    "pass",
    "break",
    "continue",
    "assert",
    "None",
    "True",
    "False",
    "\n",
    "\n    ",
    " ",
    "\t",
    "\\\n",
    "#c\n",
    "@d\n",
];

/// Parses `source` and exercises everything downstream of the result.
fn exercise(source: &str) {
    let output = parse_module(source);
    if let Some(module) = &output.module {
        let _ = ast::dump_module(module, 3);
    }
    for d in &output.diagnostics {
        let _ = render::render_classic(d, source, "fuzz.py");
        let _ = render::render_pretty(d, source, "fuzz.py", false);
        let _ = render::location(d, source);
    }
}

fn seeds() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/invalid");
    let mut seeds: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "py"))
        .filter_map(|e| std::fs::read_to_string(e.path()).ok())
        .collect();
    seeds.push(
        "def f(a, /, b=1, *c, d, **e) -> int:\n    return [i async for i in g() if i]\n".into(),
    );
    seeds.push("match p:\n    case [1, *r] | {'k': v, **kw} if v:\n        pass\n".into());
    seeds.push("x: int = f'{a!r:{w}.{p}}' 'b' f\"{b=}\"\nwith (a as b, c):\n    pass\n".into());
    seeds.sort();
    seeds
}

#[test]
fn random_and_mutated_inputs_never_panic() {
    // PYRITE_FUZZ_SECONDS and PYRITE_FUZZ_SEED allow longer runs.
    let setting = |name: &str, default: u64| {
        std::env::var(name)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let budget = Duration::from_secs(setting("PYRITE_FUZZ_SECONDS", 3));
    let start = Instant::now();
    let mut rng = Rng(setting("PYRITE_FUZZ_SEED", 0x9e37_79b9_7f4a_7c15) | 1);
    let seeds = seeds();
    let mut cases = 0;
    while start.elapsed() < budget {
        let source = if cases % 2 == 0 {
            let n = 1 + rng.below(40);
            (0..n)
                .map(|_| FRAGMENTS[rng.below(FRAGMENTS.len())])
                .collect::<Vec<_>>()
                .join(if rng.below(2) == 0 { " " } else { "" })
        } else {
            let mut chars: Vec<char> = seeds[rng.below(seeds.len())].chars().collect();
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(chars.len() + 1);
                match rng.below(3) {
                    0 if at < chars.len() => {
                        chars.remove(at);
                    }
                    1 => {
                        let fragment = FRAGMENTS[rng.below(FRAGMENTS.len())];
                        for (i, c) in fragment.chars().enumerate() {
                            chars.insert(at + i, c);
                        }
                    }
                    _ if at + 1 < chars.len() => chars.swap(at, at + 1),
                    _ => {}
                }
            }
            chars.into_iter().collect()
        };
        exercise(&source);
        cases += 1;
    }
    assert!(cases > 100, "only {cases} inputs were tried");
}

/// Every bracketed form, nested thirty deep around an error: each level is
/// parsed once, so these finish at once (backtracking that re-parsed a
/// level would take 2^30 steps).
#[test]
fn nested_errors_parse_in_linear_time() {
    let openers = [
        "f(",
        "f(x=",
        "(f(",
        "f.a(",
        "-f(",
        "[",
        "{",
        "{1:",
        "x[",
        "(",
        "print((",
        "match (",
        "not (",
        "a if (",
        "lambda x=(",
        "{**(",
        "[*(",
        "[x for x in (",
        "(yield ",
    ];
    for opener in openers {
        let source = opener.repeat(30) + "1 2\n";
        let output = parse_module(&source);
        assert!(output.module.is_none(), "{source:?} was accepted");
    }
    let nested_patterns = ["A(", "A(x=", "[", "(", "{1: "];
    for opener in nested_patterns {
        let source = format!(
            "match x:\n    case {}1 2:\n        pass\n",
            opener.repeat(30)
        );
        assert!(parse_module(&source).module.is_none());
    }
}

/// Nesting far deeper than CPython accepts is a clean syntax error; nesting
/// it accepts parses. Either way, no stack overflow.
#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let too_deep = [
        "-".repeat(100_000) + "1\n",
        "not ".repeat(10_000) + "x\n",
        "1+".repeat(100_000) + "1\n",
        "lambda:".repeat(5_000) + "1\n",
        "x".to_owned() + &".a".repeat(5_000) + "\n",
        "(".repeat(1_000) + &")".repeat(1_000) + "\n",
    ];
    for source in &too_deep {
        let output = parse_module(source);
        assert!(output.module.is_none(), "{:.20}... was accepted", source);
        assert_eq!(output.diagnostics.len(), 1);
    }
    let deep_but_fine = [
        "-".repeat(1_500) + "1\n",
        "(".repeat(190) + &")".repeat(190) + "\n",
        "f(".repeat(150) + &")".repeat(150) + "\n",
        "[".repeat(150) + &"]".repeat(150) + "\n",
        "x = ".to_owned() + &"{1: ".repeat(150) + "1" + &"}".repeat(150) + "\n",
    ];
    for source in &deep_but_fine {
        let output = parse_module(source);
        let Some(module) = output.module else {
            panic!("{source:.20}... was rejected: {:?}", output.diagnostics);
        };
        // The dump is as deep as the tree, and written in one pass.
        assert!(ast::dump_module(&module, 3).ends_with("type_ignores=[])"));
    }
}
