//! A tiny evaluator for the expression subset used by the CPython
//! comparison table: it parses an expression and evaluates it with the
//! crate's operations. Every intermediate value is released; the result
//! is an owned reference.

mod builtins;
mod parse;

use parse::{Expr, parse};
use pyrite_objects::methods::{Args, lookup};
use pyrite_objects::ops::arith::{BinOp, UnaryOp, binary_op, unary_op};
use pyrite_objects::ops::{CmpOp, compare, eq, type_name};
use pyrite_objects::types::TypeRef;
use pyrite_objects::types::float::parse_float;
use pyrite_objects::types::int::Int;
use pyrite_objects::{Heap, PyErr, PyResult, Value};

/// Evaluate `source`; the result is an owned reference.
pub fn evaluate(heap: &mut Heap, source: &str) -> PyResult<Value> {
    let expr = parse(source).map_err(|e| PyErr::new(pyrite_objects::ExcKind::SyntaxError, e))?;
    eval(heap, &expr)
}

fn eval_all(heap: &mut Heap, exprs: &[Expr]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(exprs.len());
    for e in exprs {
        match eval(heap, e) {
            Ok(v) => out.push(v),
            Err(err) => {
                release(heap, out);
                return Err(err);
            }
        }
    }
    Ok(out)
}

fn release(heap: &mut Heap, values: Vec<Value>) {
    for v in values {
        heap.decref(v);
    }
}

fn eval(heap: &mut Heap, expr: &Expr) -> PyResult<Value> {
    match expr {
        Expr::Int(text) => Ok(Int::parse(text, 0, 0)?.into_value(heap)),
        Expr::Float(text) => Ok(Value::Float(parse_float(text)?)),
        Expr::Imaginary(text) => {
            let imag = parse_float(text)?;
            Ok(pyrite_objects::ops::arith::new_complex(heap, 0.0, imag))
        }
        Expr::Str(s) => Ok(heap.new_str(s.as_str())),
        Expr::Bytes(b) => Ok(heap.new_bytes(b.clone())),
        Expr::Name(n) => match n.as_str() {
            "None" => Ok(Value::None),
            "True" => Ok(Value::Bool(true)),
            "False" => Ok(Value::Bool(false)),
            other => Err(PyErr::new(
                pyrite_objects::ExcKind::NameError,
                format!("name '{other}' is not defined"),
            )),
        },
        Expr::Tuple(items) => {
            let values = eval_all(heap, items)?;
            Ok(heap.new_tuple(values))
        }
        Expr::List(items) => {
            let values = eval_all(heap, items)?;
            Ok(heap.new_list(values))
        }
        Expr::Dict(pairs) => {
            let d = heap.new_dict();
            let r = d.as_obj().expect("a dict is a heap object");
            for (k, v) in pairs {
                let kv = eval_all(heap, &[k.clone(), v.clone()]);
                let result = kv.and_then(|kv| {
                    let r2 = pyrite_objects::types::dict::set_item(heap, r, kv[0], kv[1]);
                    release(heap, kv);
                    r2
                });
                if let Err(e) = result {
                    heap.decref(d);
                    return Err(e);
                }
            }
            Ok(d)
        }
        Expr::Neg(inner) => {
            let v = eval(heap, inner)?;
            let r = unary_op(heap, UnaryOp::Neg, v);
            heap.decref(v);
            r
        }
        Expr::Binary(op, a, b) => {
            let ab = eval_all(heap, &[(**a).clone(), (**b).clone()])?;
            let op = match op.as_str() {
                "+" => BinOp::Add,
                "-" => BinOp::Sub,
                "*" => BinOp::Mul,
                _ => BinOp::Pow,
            };
            let r = binary_op(heap, op, ab[0], ab[1]);
            release(heap, ab);
            r
        }
        Expr::Call {
            func,
            args,
            keywords,
        } => {
            let positional = eval_all(heap, args)?;
            let kw_values = match eval_all(
                heap,
                &keywords.iter().map(|(_, e)| e.clone()).collect::<Vec<_>>(),
            ) {
                Ok(v) => v,
                Err(e) => {
                    release(heap, positional);
                    return Err(e);
                }
            };
            let r = builtins::call(heap, func, &positional, keywords, &kw_values);
            release(heap, positional);
            release(heap, kw_values);
            r
        }
        Expr::Attribute(receiver, name) => {
            let recv = eval(heap, receiver)?;
            let r = pyrite_objects::ops::builtin_getattr(heap, recv, name);
            heap.decref(recv);
            r
        }
        Expr::Method {
            receiver,
            name,
            args,
            keywords,
        } => {
            if let Expr::Name(module) = &**receiver {
                if module == "operator" {
                    let positional = eval_all(heap, args)?;
                    let r = operator(heap, name, &positional);
                    release(heap, positional);
                    return r;
                }
                let class = match module.as_str() {
                    "int" => Some(pyrite_objects::BuiltinType::Int),
                    "float" => Some(pyrite_objects::BuiltinType::Float),
                    "bytes" => Some(pyrite_objects::BuiltinType::Bytes),
                    "dict" => Some(pyrite_objects::BuiltinType::Dict),
                    "str" => Some(pyrite_objects::BuiltinType::Str),
                    _ => None,
                };
                if let Some(ty) = class {
                    let f = pyrite_objects::methods::lookup_classmethod(ty, name)
                        .ok_or_else(|| PyErr::type_error("no such class method"))?;
                    let positional = eval_all(heap, args)?;
                    let kw_values = eval_all(
                        heap,
                        &keywords.iter().map(|(_, e)| e.clone()).collect::<Vec<_>>(),
                    )?;
                    let kw: Vec<(&str, Value)> = keywords
                        .iter()
                        .map(|(n, _)| n.as_str())
                        .zip(kw_values.iter().copied())
                        .collect();
                    let r = f(
                        heap,
                        Value::None,
                        Args {
                            positional: &positional,
                            keywords: &kw,
                        },
                    );
                    release(heap, positional);
                    release(heap, kw_values);
                    return r;
                }
            }
            let recv = eval(heap, receiver)?;
            let positional = match eval_all(heap, args) {
                Ok(p) => p,
                Err(e) => {
                    heap.decref(recv);
                    return Err(e);
                }
            };
            let kw_values = eval_all(
                heap,
                &keywords.iter().map(|(_, e)| e.clone()).collect::<Vec<_>>(),
            )?;
            let kw: Vec<(&str, Value)> = keywords
                .iter()
                .map(|(n, _)| n.as_str())
                .zip(kw_values.iter().copied())
                .collect();
            let r = call_method(
                heap,
                recv,
                name,
                Args {
                    positional: &positional,
                    keywords: &kw,
                },
            );
            heap.decref(recv);
            release(heap, positional);
            release(heap, kw_values);
            r
        }
    }
}

fn call_method(heap: &mut Heap, recv: Value, name: &str, args: Args<'_>) -> PyResult<Value> {
    let TypeRef::Builtin(ty) = heap.type_of(recv) else {
        return Err(PyErr::type_error("only built-in receivers are supported"));
    };
    match lookup(ty, name) {
        Some(f) => f(heap, recv, args),
        None => Err(PyErr::new(
            pyrite_objects::ExcKind::AttributeError,
            format!(
                "'{}' object has no attribute '{name}'",
                type_name(heap, recv)
            ),
        )),
    }
}

fn operator(heap: &mut Heap, name: &str, args: &[Value]) -> PyResult<Value> {
    let binary = |op| -> Option<BinOp> { Some(op) };
    let op = match name {
        "add" => binary(BinOp::Add),
        "sub" => binary(BinOp::Sub),
        "mul" => binary(BinOp::Mul),
        "matmul" => binary(BinOp::MatMul),
        "truediv" => binary(BinOp::TrueDiv),
        "floordiv" => binary(BinOp::FloorDiv),
        "mod" => binary(BinOp::Mod),
        "pow" => binary(BinOp::Pow),
        "lshift" => binary(BinOp::LShift),
        "rshift" => binary(BinOp::RShift),
        "and_" => binary(BinOp::And),
        "or_" => binary(BinOp::Or),
        "xor" => binary(BinOp::Xor),
        _ => None,
    };
    if let Some(op) = op {
        return binary_op(heap, op, args[0], args[1]);
    }
    let cmp = match name {
        "lt" => Some(CmpOp::Lt),
        "le" => Some(CmpOp::Le),
        "gt" => Some(CmpOp::Gt),
        "ge" => Some(CmpOp::Ge),
        _ => None,
    };
    if let Some(c) = cmp {
        return compare(heap, c, args[0], args[1]).map(Value::Bool);
    }
    match name {
        "eq" => eq(heap, args[0], args[1]).map(Value::Bool),
        "ne" => eq(heap, args[0], args[1]).map(|b| Value::Bool(!b)),
        "neg" => unary_op(heap, UnaryOp::Neg, args[0]),
        "pos" => unary_op(heap, UnaryOp::Pos, args[0]),
        "invert" => unary_op(heap, UnaryOp::Invert, args[0]),
        "getitem" => pyrite_objects::ops::sequence::getitem(heap, args[0], args[1]),
        "contains" => {
            pyrite_objects::ops::sequence::contains(heap, args[0], args[1]).map(Value::Bool)
        }
        other => Err(PyErr::type_error(format!(
            "operator.{other} is not supported here"
        ))),
    }
}
