//! The lecture's question, measured: what does a list of 1,000,000 ints
//! cost? Prints `sys.getsizeof`-style figures and the peak resident set
//! size, to compare with
//! `python3.11 -c "import sys; l = list(range(10**6)); print(sys.getsizeof(l))"`.
//!
//! Run with `cargo run -p pyrite-objects --example list_memory`.

use pyrite_objects::{Heap, Value};

/// Peak and current resident set size in kB, from `/proc/self/status`.
fn rss_kb() -> (u64, u64) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|n| n.parse().ok())
            .unwrap_or(0)
    };
    (field("VmHWM:"), field("VmRSS:"))
}

fn main() {
    let mut heap = Heap::new();
    let (_, before) = rss_kb();
    let items: Vec<Value> = (0..1_000_000).map(Value::Int).collect();
    let list = heap.new_list(items);
    let (peak, after) = rss_kb();
    println!(
        "getsizeof(list of 1,000,000 ints) = {} bytes",
        heap.size_of(list)
    );
    println!(
        "getsizeof(an int in it)          = {} bytes (an immediate, no object)",
        heap.size_of(Value::Int(7))
    );
    println!("heap objects live                = {}", heap.live_objects());
    println!(
        "RSS growth                       = {} kB (peak RSS {} kB)",
        after.saturating_sub(before),
        peak
    );
    heap.decref(list);
    println!("heap objects after release       = {}", heap.live_objects());
}
