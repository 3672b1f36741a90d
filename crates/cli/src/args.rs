//! The command line, read as python3 reads it.
//!
//! `pyrite [options] (-c cmd | -m module | file | -) [args...]`: options come
//! first, and the first of `-c`, `-m` or a file name ends option parsing;
//! everything after it belongs to the program (`sys.argv[1:]`).

/// What the command line asks pyrite to run.
#[derive(Debug, PartialEq, Eq)]
pub enum Target {
    /// `-c cmd`: run a string.
    Command(String),
    /// `-m module`: run a module as a script.
    Module(String),
    /// A path to a script (`-` for standard input).
    Script(String),
    /// No target: the interactive prompt.
    Interactive,
}

/// The parsed command line.
#[derive(Debug, PartialEq, Eq)]
pub struct Args {
    pub target: Target,
    /// The arguments after the target: `sys.argv[1:]`.
    pub rest: Vec<String>,
    /// `-B`: do not write `__pycache__` files.
    pub dont_write_bytecode: bool,
    /// `-O`: remove `assert` statements.
    pub optimize: u8,
    /// `-X name[=value]` options, in order.
    pub x_options: Vec<String>,
    /// `-i`: after the program, the interactive prompt (even when standard
    /// input is not a terminal).
    pub inspect: bool,
    /// `-q`: no banner before the interactive prompt.
    pub quiet: bool,
    /// `-E` (or `-I`): ignore the `PYTHON*` environment variables.
    pub ignore_environment: bool,
}

/// A command line pyrite cannot read, with python3's message.
#[derive(Debug, PartialEq, Eq)]
pub struct UsageError(pub String);

impl Args {
    /// Reads the arguments after the program name.
    pub fn parse(argv: impl IntoIterator<Item = String>) -> Result<Args, UsageError> {
        let mut argv = argv.into_iter();
        let mut args = Args {
            target: Target::Interactive,
            rest: Vec::new(),
            dont_write_bytecode: false,
            optimize: 0,
            x_options: Vec::new(),
            inspect: false,
            quiet: false,
            ignore_environment: false,
        };
        while let Some(arg) = argv.next() {
            if arg == "-" || !arg.starts_with('-') {
                args.target = Target::Script(arg);
                break;
            }
            // Short options may be grouped (`-BO`); `-c`, `-m` and `-X` take
            // the rest of the word or the next argument as their value.
            let flags: Vec<char> = arg[1..].chars().collect();
            let mut i = 0;
            let mut stop = false;
            while i < flags.len() {
                let flag = flags[i];
                match flag {
                    'B' => args.dont_write_bytecode = true,
                    'O' => args.optimize += 1,
                    'i' => args.inspect = true,
                    'q' => args.quiet = true,
                    'c' | 'm' | 'X' => {
                        let attached: String = flags[i + 1..].iter().collect();
                        let value = if attached.is_empty() {
                            argv.next().ok_or_else(|| {
                                UsageError(format!("Argument expected for the -{flag} option"))
                            })?
                        } else {
                            attached
                        };
                        match flag {
                            'c' => {
                                args.target = Target::Command(value);
                                stop = true;
                            }
                            'm' => {
                                args.target = Target::Module(value);
                                stop = true;
                            }
                            _ => args.x_options.push(value),
                        }
                        break;
                    }
                    'E' | 'I' => args.ignore_environment = true,
                    // Accepted for compatibility; they change nothing yet.
                    's' | 'S' | 'u' => {}
                    _ => return Err(UsageError(format!("Unknown option: -{flag}"))),
                }
                i += 1;
            }
            if stop {
                break;
            }
        }
        args.rest.extend(argv);
        Ok(args)
    }

    /// The value of `-X name=value` (or `Some("")` for a bare `-X name`).
    pub fn x_option(&self, name: &str) -> Option<&str> {
        self.x_options
            .iter()
            .rev()
            .find_map(|opt| match opt.split_once('=') {
                Some((key, value)) if key == name => Some(value),
                None if opt == name => Some(""),
                _ => None,
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(line: &str) -> Args {
        Args::parse(line.split_whitespace().map(String::from)).unwrap()
    }

    #[test]
    fn module_ends_option_parsing() {
        let args = parse("-B -m tokenize file.py -c x");
        assert_eq!(args.target, Target::Module("tokenize".into()));
        assert_eq!(args.rest, ["file.py", "-c", "x"]);
        assert!(args.dont_write_bytecode);
    }

    #[test]
    fn grouped_flags_and_attached_values() {
        let args = parse("-OO -Xerrors=classic -cprint(1) a");
        assert_eq!(args.optimize, 2);
        assert_eq!(args.x_option("errors"), Some("classic"));
        assert_eq!(args.target, Target::Command("print(1)".into()));
        assert_eq!(args.rest, ["a"]);
    }

    #[test]
    fn script_and_its_arguments() {
        let args = parse("prog.py -B");
        assert_eq!(args.target, Target::Script("prog.py".into()));
        assert_eq!(args.rest, ["-B"]);
        assert!(!args.dont_write_bytecode);
    }

    #[test]
    fn inspect_and_quiet() {
        let args = parse("-qi -c pass");
        assert!(args.inspect && args.quiet);
        assert_eq!(args.target, Target::Command("pass".into()));
        assert!(!parse("x.py -i").inspect);
    }

    #[test]
    fn missing_value_is_an_error() {
        let err = Args::parse(["-m".to_string()]).unwrap_err();
        assert_eq!(err.0, "Argument expected for the -m option");
    }
}
