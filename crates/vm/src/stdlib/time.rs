//! The `time` module: clocks, `sleep`, and conversions between seconds
//! since the epoch and broken-down dates (`gmtime`, `localtime`,
//! `mktime`, `strftime`, `asctime`, `ctime`), as CPython 3.11's
//! `timemodule.c` behaves on Linux with the C locale.
//!
//! Invariants:
//! - `monotonic` and `perf_counter` count from one reference instant fixed
//!   the first time any interpreter in the process reads them (CPython's
//!   reference point is unspecified too); only differences mean anything.
//! - `sleep` never blocks more than a short slice without looking at the
//!   interpreter's interrupt flag, so Ctrl-C raises `KeyboardInterrupt`
//!   out of it promptly.
//! - `struct_time` and `get_clock_info` are written in Python
//!   (`time/pure.py`), run in the module's namespace when the module is
//!   created; the native functions build `struct_time`s by calling the
//!   class.
//! - Local time follows the system's zone (`TZ`, else `/etc/localtime`),
//!   read again only when `TZ` changes (see [`zone`]); `tzset()` brings
//!   `timezone`, `altzone`, `daylight` and `tzname` up to date.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use pyrite_objects::types::int::Int;
use pyrite_objects::{ExcKind, PyErr, PyResult, Value};

use crate::builtins::{NativeFn, define};
use crate::interpreter::Interpreter;

mod calendar;
mod zone;

use calendar::BrokenDown;

const PYTHON_PART: &str = include_str!("time/pure.py");

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time_time),
    ("time_ns", time_time_ns),
    ("monotonic", time_monotonic),
    ("monotonic_ns", time_monotonic_ns),
    ("perf_counter", time_perf_counter),
    ("perf_counter_ns", time_perf_counter_ns),
    ("process_time", time_process_time),
    ("process_time_ns", time_process_time_ns),
    ("thread_time", time_process_time),
    ("thread_time_ns", time_process_time_ns),
    ("sleep", time_sleep),
    ("gmtime", time_gmtime),
    ("localtime", time_localtime),
    ("mktime", time_mktime),
    ("asctime", time_asctime),
    ("ctime", time_ctime),
    ("strftime", time_strftime),
    ("tzset", time_tzset),
];

/// The `time` module (a new reference), created on first import.
pub(crate) fn module(interp: &mut Interpreter) -> PyResult<Value> {
    super::native_module(interp, "time", |interp, dict| {
        for (name, f) in FUNCTIONS {
            define(interp, dict, name, *f);
        }
        set_zone_attributes(interp, dict);
        super::run_python_part(interp, dict, PYTHON_PART, "<frozen time>")?;
        Ok(())
    })
}

/// `timezone`, `altzone`, `daylight` and `tzname` in the module namespace
/// `dict`, from the system's zone.
fn set_zone_attributes(interp: &mut Interpreter, dict: Value) {
    let zone = zone::Zone::system();
    let (timezone, altzone, daylight, names) = zone.summary(unix_now());
    interp.dict_set_str(dict, "timezone", Value::Int(timezone));
    interp.dict_set_str(dict, "altzone", Value::Int(altzone));
    interp.dict_set_str(dict, "daylight", Value::Int(daylight as i64));
    let names: Vec<Value> = names
        .iter()
        .map(|n| interp.heap.new_str(n.as_str()))
        .collect();
    let tzname = interp.heap.new_tuple(names);
    interp.dict_set_str(dict, "tzname", tzname);
    interp.heap.decref(tzname);
}

/// `time.tzset()`: the zone attributes follow the current `TZ`.
fn time_tzset(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_args("tzset", args, kwnames)?;
    let module = module(interp)?;
    let dict = interp.module_dict(module);
    set_zone_attributes(interp, dict);
    interp.heap.decref(module);
    Ok(Value::None)
}

/// Seconds since the epoch, as a float.
fn unix_now_f64() -> f64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_secs_f64(),
        Err(e) => -e.duration().as_secs_f64(),
    }
}

/// Whole seconds since the epoch.
fn unix_now() -> i64 {
    unix_now_f64().floor() as i64
}

fn unix_now_ns() -> i128 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i128,
        Err(e) => -(e.duration().as_nanos() as i128),
    }
}

/// Time since the process's reference instant for the monotonic clocks.
fn monotonic_elapsed() -> Duration {
    static ORIGIN: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    ORIGIN.get_or_init(Instant::now).elapsed()
}

/// CPU time the process has used, in nanoseconds: the scheduler's count
/// for the process on Linux, else the process's tick counts, else none.
fn cpu_time_ns() -> u128 {
    if let Ok(text) = std::fs::read_to_string("/proc/self/schedstat") {
        if let Some(ns) = text
            .split_whitespace()
            .next()
            .and_then(|n| n.parse::<u128>().ok())
        {
            return ns;
        }
    }
    if let Ok(text) = std::fs::read_to_string("/proc/self/stat") {
        // The fields after the parenthesised command name; utime and
        // stime are the 14th and 15th fields of the line, in 1/100 s.
        if let Some((_, rest)) = text.rsplit_once(')') {
            let fields: Vec<&str> = rest.split_whitespace().collect();
            let ticks = |i: usize| {
                fields
                    .get(i)
                    .and_then(|f| f.parse::<u128>().ok())
                    .unwrap_or(0)
            };
            return (ticks(11) + ticks(12)) * 10_000_000;
        }
    }
    0
}

fn no_args(name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    if args.is_empty() && kwnames.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "time.{name}() takes no arguments ({} given)",
            args.len()
        )))
    }
}

fn int_value(interp: &mut Interpreter, n: i128) -> Value {
    match i64::try_from(n) {
        Ok(small) => Value::Int(small),
        Err(_) => Int::from_bigint(n.into()).into_value(&mut interp.heap),
    }
}

fn time_time(_: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_args("time", args, kwnames)?;
    Ok(Value::Float(unix_now_f64()))
}

fn time_time_ns(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_args("time_ns", args, kwnames)?;
    Ok(int_value(interp, unix_now_ns()))
}

fn time_monotonic(_: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_args("monotonic", args, kwnames)?;
    Ok(Value::Float(monotonic_elapsed().as_secs_f64()))
}

fn time_monotonic_ns(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    no_args("monotonic_ns", args, kwnames)?;
    Ok(int_value(interp, monotonic_elapsed().as_nanos() as i128))
}

fn time_perf_counter(_: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_args("perf_counter", args, kwnames)?;
    Ok(Value::Float(monotonic_elapsed().as_secs_f64()))
}

fn time_perf_counter_ns(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    no_args("perf_counter_ns", args, kwnames)?;
    Ok(int_value(interp, monotonic_elapsed().as_nanos() as i128))
}

fn time_process_time(_: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    no_args("process_time", args, kwnames)?;
    Ok(Value::Float(cpu_time_ns() as f64 / 1e9))
}

fn time_process_time_ns(
    interp: &mut Interpreter,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    no_args("process_time_ns", args, kwnames)?;
    Ok(int_value(interp, cpu_time_ns() as i128))
}

const OUT_OF_RANGE: &str = "timestamp out of range for platform time_t";

/// What the C library reports for a year beyond a C `int`.
fn year_overflow() -> PyErr {
    PyErr::Os {
        errno: 75,
        strerror: "Value too large for defined data type".to_string(),
        filename: None,
    }
}

/// The positional arguments of a function parsed as CPython's
/// `PyArg_ParseTuple` does: no keywords, `min..=max` of them.
fn positional_args<'a>(
    func: &str,
    args: &'a [Value],
    kwnames: &[Value],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error(format!(
            "{func}() takes no keyword arguments"
        )));
    }
    let plural = |n: usize| if n == 1 { "argument" } else { "arguments" };
    if args.len() > max {
        return Err(PyErr::type_error(format!(
            "{func}() takes at most {max} {} ({} given)",
            plural(max),
            args.len()
        )));
    }
    if args.len() < min {
        return Err(PyErr::type_error(format!(
            "{func}() takes at least {min} {} ({} given)",
            plural(min),
            args.len()
        )));
    }
    Ok(args)
}

/// The longest stretch `sleep` blocks before looking at the interrupt
/// flag again.
const SLEEP_SLICE: Duration = Duration::from_millis(5);

/// `time.sleep(secs)`.
fn time_sleep(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if !kwnames.is_empty() {
        return Err(PyErr::type_error("time.sleep() takes no keyword arguments"));
    }
    let [secs] = args else {
        return Err(PyErr::type_error(format!(
            "time.sleep() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let secs = match *secs {
        Value::Float(f) => {
            if f.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            // The nanosecond count must fit CPython's 64-bit `_PyTime_t`.
            if f.abs() >= 9.2e9 {
                return Err(PyErr::overflow(OUT_OF_RANGE));
            }
            f
        }
        other => {
            let n = to_timestamp_int(
                interp,
                other,
                "timestamp too large to convert to C _PyTime_t",
            )?;
            if n.abs() >= 9_200_000_000 {
                return Err(PyErr::overflow(
                    "timestamp too large to convert to C _PyTime_t",
                ));
            }
            n as f64
        }
    };
    if secs < 0.0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    loop {
        interp.check_interrupt()?;
        let now = Instant::now();
        if now >= deadline {
            return Ok(Value::None);
        }
        std::thread::sleep((deadline - now).min(SLEEP_SLICE));
    }
}

/// An int (or `__index__`) timestamp; `overflow` is the message when it
/// does not fit.
fn to_timestamp_int(interp: &mut Interpreter, v: Value, overflow: &str) -> PyResult<i64> {
    if let Some(i) = Int::from_value(&interp.heap, v) {
        return i.to_i64().ok_or_else(|| PyErr::overflow(overflow));
    }
    if interp.user_special(v, "__index__").is_some() {
        let i = super::math::to_int(interp, v)?;
        return i.to_i64().ok_or_else(|| PyErr::overflow(overflow));
    }
    Err(PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        interp.type_name(v)
    )))
}

/// The seconds argument of `gmtime`/`localtime`/`ctime`: now when absent
/// or `None`, floats rounded towards minus infinity.
fn seconds_arg(interp: &mut Interpreter, v: Option<Value>) -> PyResult<i64> {
    const OVERFLOW: &str = OUT_OF_RANGE;
    match v {
        None | Some(Value::None) => Ok(unix_now()),
        Some(Value::Float(f)) => {
            if f.is_nan() {
                return Err(PyErr::value_error("Invalid value NaN (not a number)"));
            }
            let f = f.floor();
            if !(-9.2e18..9.2e18).contains(&f) {
                return Err(PyErr::overflow(OVERFLOW));
            }
            Ok(f as i64)
        }
        Some(other) => to_timestamp_int(interp, other, OVERFLOW),
    }
}

/// A `struct_time` for `tm` (a new reference), made with the fields its
/// `__init__` would set (`_values`, `tm_zone`, `tm_gmtoff`) without
/// running it.
fn struct_time(interp: &mut Interpreter, tm: &BrokenDown) -> PyResult<Value> {
    let module = module(interp)?;
    let dict = interp.module_dict(module);
    let class = interp.dict_get_str(dict, "struct_time");
    interp.heap.decref(module);
    let class = class.ok_or_else(|| PyErr::new(ExcKind::RuntimeError, "lost time.struct_time"))?;
    let items: Vec<Value> = [
        tm.year, tm.mon, tm.mday, tm.hour, tm.min, tm.sec, tm.wday, tm.yday, tm.isdst,
    ]
    .iter()
    .map(|n| Value::Int(*n))
    .collect();
    let values = interp.heap.new_tuple(items);
    let zone = interp.heap.new_str(tm.zone.as_str());
    let obj = crate::stdlib::native_class::new_instance(
        interp,
        class,
        &[
            ("_values", values),
            ("tm_zone", zone),
            ("tm_gmtoff", Value::Int(tm.gmtoff)),
        ],
    );
    interp.heap.decref(values);
    interp.heap.decref(zone);
    interp.heap.decref(class);
    Ok(obj)
}

/// `tm_zone` and `tm_gmtoff` of a `struct_time` argument, if it is one.
fn zone_of(interp: &mut Interpreter, v: Value) -> Option<(String, i64)> {
    let dict = interp.instance_dict(v)?;
    let zone = interp.dict_get_str(dict, "tm_zone")?;
    let text = interp.heap.str_of(zone).map(str::to_string);
    interp.heap.decref(zone);
    let off = interp.dict_get_str(dict, "tm_gmtoff");
    let gmtoff = match off {
        Some(Value::Int(n)) => n,
        _ => 0,
    };
    if let Some(o) = off {
        interp.heap.decref(o);
    }
    text.map(|t| (t, gmtoff))
}

/// A time tuple argument (a tuple or `struct_time`) as its nine fields;
/// `func` names the function in the errors.
fn time_tuple(interp: &mut Interpreter, v: Value, func: &str) -> PyResult<BrokenDown> {
    let is_tuple = matches!(
        v.as_obj().map(|r| interp.heap.payload(r)),
        Some(pyrite_objects::Payload::Tuple(_))
    );
    let is_struct = !is_tuple && {
        let module = module(interp)?;
        let dict = interp.module_dict(module);
        let class = interp.dict_get_str(dict, "struct_time");
        interp.heap.decref(module);
        match class {
            Some(c) => {
                let r = c.as_obj().is_some_and(|c| interp.is_instance(v, c));
                interp.heap.decref(c);
                r
            }
            None => false,
        }
    };
    if !is_tuple && !is_struct {
        return Err(PyErr::type_error("Tuple or struct_time argument required"));
    }
    let items = interp.iterate(v)?;
    if items.len() != 9 {
        interp.release(items);
        return Err(PyErr::type_error(format!(
            "{func}(): illegal time tuple argument"
        )));
    }
    let mut fields = [0i64; 9];
    for (slot, item) in fields.iter_mut().zip(&items) {
        match to_timestamp_int(interp, *item, "Python int too large to convert to C int") {
            Ok(n) if i32::try_from(n).is_ok() => *slot = n,
            Ok(_) => {
                interp.release(items);
                return Err(PyErr::overflow("Python int too large to convert to C int"));
            }
            Err(e) => {
                interp.release(items);
                return Err(e);
            }
        }
    }
    interp.release(items);
    let (zone, gmtoff) = if is_struct {
        zone_of(interp, v).unwrap_or_default()
    } else {
        (String::new(), 0)
    };
    let [year, mon, mday, hour, min, sec, wday, yday, isdst] = fields;
    Ok(BrokenDown {
        year,
        mon,
        mday,
        hour,
        min,
        sec,
        wday,
        yday,
        isdst,
        zone,
        gmtoff,
    })
}

fn time_gmtime(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let args = positional_args("gmtime", args, kwnames, 0, 1)?;
    let secs = seconds_arg(interp, args.first().copied())?;
    let tm = calendar::broken_down(secs, 0, 0, "GMT").ok_or_else(year_overflow)?;
    struct_time(interp, &tm)
}

/// `secs` in the system's zone.
fn local(secs: i64) -> PyResult<BrokenDown> {
    let zone = zone::Zone::system();
    let kind = zone.local(secs);
    calendar::broken_down(secs, kind.utoff, kind.isdst as i64, &kind.abbr).ok_or_else(year_overflow)
}

fn time_localtime(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let args = positional_args("localtime", args, kwnames, 0, 1)?;
    let secs = seconds_arg(interp, args.first().copied())?;
    let tm = local(secs)?;
    struct_time(interp, &tm)
}

fn time_mktime(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    crate::builtins::no_keywords("time.mktime", kwnames)?;
    let [t] = args else {
        return Err(PyErr::type_error(format!(
            "time.mktime() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let tm = time_tuple(interp, *t, "mktime")?;
    let wall = calendar::seconds_of(&tm);
    let zone = zone::Zone::system();
    // The offset in force at the result: start from the offset at the
    // wall-clock time read as UTC, and correct once.
    let mut secs = wall - zone.local(wall).utoff;
    secs = wall - zone.local(secs).utoff;
    Ok(Value::Float(secs as f64))
}

fn time_asctime(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    crate::builtins::no_keywords("asctime", kwnames)?;
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "asctime expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let tm = match args.first().copied() {
        None => local(unix_now())?,
        Some(t) => {
            let mut tm = time_tuple(interp, t, "asctime")?;
            calendar::check(&mut tm)?;
            tm
        }
    };
    let text = calendar::asctime(&tm);
    Ok(interp.heap.new_str(text))
}

fn time_ctime(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let args = positional_args("ctime", args, kwnames, 0, 1)?;
    let secs = seconds_arg(interp, args.first().copied())?;
    let tm = local(secs)?;
    let text = calendar::asctime(&tm);
    Ok(interp.heap.new_str(text))
}

fn time_strftime(interp: &mut Interpreter, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let bound = positional_args("strftime", args, kwnames, 1, 2)?;
    let format = bound[0];
    let Some(format) = interp.heap.str_of(format).map(str::to_string) else {
        return Err(PyErr::type_error(format!(
            "strftime() argument 1 must be str, not {}",
            interp.type_name(format)
        )));
    };
    let given = bound.get(1).copied();
    let mut tm = match given {
        None => local(unix_now())?,
        Some(t) => time_tuple(interp, t, "strftime")?,
    };
    if given.is_some() {
        calendar::normalise_for_strftime(&mut tm)?;
        if tm.zone.is_empty() {
            // A plain tuple names no zone: the system's zone at that
            // wall-clock time stands in, as the C library does.
            let zone = zone::Zone::system();
            let kind = zone.local(calendar::seconds_of(&tm));
            tm.zone = kind.abbr.clone();
            tm.gmtoff = kind.utoff;
        }
    }
    let text = calendar::strftime(&format, &tm);
    Ok(interp.heap.new_str(text))
}
