//! The `eval` mode: one expression, as `compile(source, ..., 'eval')`.

use pyrite_parser::{ast, parse_expression};

#[test]
fn eval_mode_parses_one_expression() {
    let output = parse_expression("x if y else [a, *b]\n\n");
    let tree = output.expression.expect("the expression parses");
    // python3.11 -c "import ast; print(ast.dump(ast.parse('x if y else [a, *b]\n\n', mode='eval'), indent=3))"
    let expected = "\
Expression(
   body=IfExp(
      test=Name(id='y', ctx=Load()),
      body=Name(id='x', ctx=Load()),
      orelse=List(
         elts=[
            Name(id='a', ctx=Load()),
            Starred(
               value=Name(id='b', ctx=Load()),
               ctx=Load())],
         ctx=Load())))";
    assert_eq!(ast::dump_expression(&tree, 3), expected);
}

#[test]
fn eval_mode_rejects_statements() {
    let output = parse_expression("x = 1\n");
    assert!(output.expression.is_none());
    assert_eq!(output.diagnostics[0].message, "invalid syntax");
}

#[test]
fn single_mode_parses_one_statement() {
    use pyrite_parser::parse_interactive;
    let output = parse_interactive("x = 1; y = 2\n");
    assert_eq!(output.interactive.map(|i| i.body.len()), Some(2));
    let output = parse_interactive("for i in x:\n    print(i)\n\n");
    assert_eq!(output.interactive.map(|i| i.body.len()), Some(1));
}

#[test]
fn single_mode_tells_incomplete_input_from_errors() {
    use pyrite_parser::parse_interactive;
    for unfinished in ["if x:\n", "f(1,\n", "x = '''abc\n", "x = [1, 2\n"] {
        let output = parse_interactive(unfinished);
        assert!(output.incomplete, "{unfinished:?} is unfinished");
    }
    for wrong in ["f() = 1\n", "x = )\n", "1 2\n"] {
        let output = parse_interactive(wrong);
        assert!(
            output.interactive.is_none() && !output.incomplete,
            "{wrong:?} is wrong"
        );
    }
}
