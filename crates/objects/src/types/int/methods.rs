//! The methods of `int`, as a table of plain functions.
