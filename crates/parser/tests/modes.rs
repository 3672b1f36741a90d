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
