// A broken spec through the macro: a compile error naming the YAML line and column.
grokvid::provider!("../codegen/tests/broken/rust_keyword_wire_name.yaml");

fn main() {}
