//! The built-in functions that consume iterables: `min`, `max`, `sum`,
//! `sorted`, `iter`, `next`, `any`, `all`.

use pyrite_objects::methods::Args;
use pyrite_objects::types::interp::IterState;
use pyrite_objects::{BuiltinType, ExcKind, PyErr, PyResult, Value};

use super::functions::exactly_one;
use super::{NativeFn, bind, keyword, keyword_pairs, keyword_texts, no_keywords, positional};
use crate::interpreter::Interpreter;

pub(super) const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("min", builtin_min),
    ("max", builtin_max),
    ("sum", builtin_sum),
    ("sorted", builtin_sorted),
    ("iter", builtin_iter),
    ("next", builtin_next),
    ("aiter", crate::generator::builtin_aiter),
    ("anext", crate::generator::builtin_anext),
    ("any", builtin_any),
    ("all", builtin_all),
];

fn min_max(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
    name: &str,
    op: usize,
) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    let key = keyword(interp, args, kwnames, "key").filter(|k| *k != Value::None);
    let default = keyword(interp, args, kwnames, "default");
    for k in kwnames {
        let s = interp.heap.str_of(*k).unwrap_or("");
        if s != "key" && s != "default" {
            return Err(PyErr::type_error(format!(
                "'{s}' is an invalid keyword argument for {name}()"
            )));
        }
    }
    let items = match pos {
        [] => {
            return Err(PyErr::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )));
        }
        [one] => interp.iterate(*one)?,
        many => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            for v in many {
                interp.heap.incref(*v);
            }
            many.to_vec()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => {
                interp.heap.incref(d);
                Ok(d)
            }
            None => Err(PyErr::value_error(format!(
                "{name}() arg is an empty sequence"
            ))),
        };
    }
    let mut best: Option<(Value, Value)> = None;
    let mut result = Ok(());
    for v in &items {
        let k = match key {
            Some(f) => match interp.call(f, &[*v], &[]) {
                Ok(k) => k,
                Err(e) => {
                    result = Err(e);
                    break;
                }
            },
            None => {
                interp.heap.incref(*v);
                *v
            }
        };
        match best {
            None => best = Some((*v, k)),
            Some((_, bk)) => match interp.rich_compare(k, bk, op) {
                Ok(r) => {
                    let better = interp.truthy(r);
                    interp.heap.decref(r);
                    match better {
                        Ok(true) => {
                            interp.heap.decref(bk);
                            best = Some((*v, k));
                        }
                        Ok(false) => interp.heap.decref(k),
                        Err(e) => {
                            interp.heap.decref(k);
                            result = Err(e);
                            break;
                        }
                    }
                }
                Err(e) => {
                    interp.heap.decref(k);
                    result = Err(e);
                    break;
                }
            },
        }
    }
    let out = best.map(|(v, k)| {
        interp.heap.decref(k);
        interp.heap.incref(v);
        v
    });
    interp.release(items);
    result?;
    Ok(out.unwrap_or(Value::None))
}

fn builtin_min(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    min_max(interp, args, kwnames, "min", 0)
}

fn builtin_max(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    min_max(interp, args, kwnames, "max", 4)
}

fn builtin_sum(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let bound = bind(interp, "sum", args, kwnames, &["iterable", "start"], 1)?;
    let start = bound[1].unwrap_or(Value::Int(0));
    if interp.heap.str_of(start).is_some() {
        return Err(PyErr::type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    let items = interp.iterate(bound[0].unwrap_or(Value::None))?;
    interp.fold_binary_op(0, start, items)
}

fn builtin_sorted(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    let [iterable] = pos else {
        return Err(PyErr::type_error(format!(
            "sorted expected 1 argument, got {}",
            pos.len()
        )));
    };
    let items = interp.iterate(*iterable)?;
    let list = interp.heap.new_list(items);
    let names = keyword_texts(&interp.heap, kwnames);
    let keywords = keyword_pairs(&names, &args[pos.len()..]);
    let sort = pyrite_objects::methods::lookup(BuiltinType::List, "sort")
        .expect("list has a sort method in the objects crate's table");
    match sort(
        interp,
        list,
        Args {
            positional: &[],
            keywords: &keywords,
        },
    ) {
        Ok(r) => {
            interp.heap.decref(r);
            Ok(list)
        }
        Err(e) => {
            interp.heap.decref(list);
            Err(e)
        }
    }
}

fn builtin_iter(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("iter", kwnames)?;
    match args {
        [v] => interp.get_iter(*v),
        [func, sentinel] => {
            if !super::functions::is_callable(interp, *func) {
                return Err(PyErr::type_error("iter(v, w): v must be callable"));
            }
            interp.heap.incref(*func);
            interp.heap.incref(*sentinel);
            Ok(interp.new_iterator(
                "callable_iterator",
                IterState::Callable {
                    func: *func,
                    sentinel: *sentinel,
                },
            ))
        }
        [] => Err(PyErr::type_error(
            "iter expected at least 1 argument, got 0",
        )),
        _ => Err(PyErr::type_error(format!(
            "iter expected at most 2 arguments, got {}",
            args.len()
        ))),
    }
}

fn builtin_next(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_keywords("next", kwnames)?;
    let (it, default) = match args {
        [it] => (*it, None),
        [it, d] => (*it, Some(*d)),
        _ => {
            return Err(PyErr::type_error(format!(
                "next expected at least 1 argument, got {}",
                args.len()
            )));
        }
    };
    if !interp.is_iterator_object(it) && interp.user_special(it, "__next__").is_none() {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an iterator",
            interp.type_name(it)
        )));
    }
    if interp.is_generator_iterator(it) {
        return match interp.send_to(it, Value::None)? {
            crate::generator::Resumed::Yielded(v) => Ok(v),
            crate::generator::Resumed::Returned(v) => match default {
                Some(d) => {
                    interp.heap.decref(v);
                    interp.heap.incref(d);
                    Ok(d)
                }
                None => {
                    let class = interp.classes.exc[&ExcKind::StopIteration];
                    let args: Vec<Value> = if v == Value::None { vec![] } else { vec![v] };
                    let e = interp.new_exception(class, &args);
                    interp.heap.decref(v);
                    Err(PyErr::Raised(e))
                }
            },
        };
    }
    match interp.next(it)? {
        Some(v) => Ok(v),
        None => match default {
            Some(d) => {
                interp.heap.incref(d);
                Ok(d)
            }
            None => {
                let class = interp.classes.exc[&ExcKind::StopIteration];
                Err(PyErr::Raised(interp.new_exception(class, &[])))
            }
        },
    }
}

fn any_all(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
    name: &str,
    want: bool,
) -> PyResult<Value> {
    let [v] = exactly_one(interp, name, args, kwnames)?;
    let it = interp.get_iter(v)?;
    loop {
        match interp.next(it) {
            Ok(Some(x)) => {
                let t = interp.truthy(x);
                interp.heap.decref(x);
                match t {
                    Ok(t) if t == want => {
                        interp.heap.decref(it);
                        return Ok(Value::Bool(want));
                    }
                    Ok(_) => {}
                    Err(e) => {
                        interp.heap.decref(it);
                        return Err(e);
                    }
                }
            }
            Ok(None) => {
                interp.heap.decref(it);
                return Ok(Value::Bool(!want));
            }
            Err(e) => {
                interp.heap.decref(it);
                return Err(e);
            }
        }
    }
}

fn builtin_any(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    any_all(interp, args, kwnames, "any", true)
}

fn builtin_all(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    any_all(interp, args, kwnames, "all", false)
}
