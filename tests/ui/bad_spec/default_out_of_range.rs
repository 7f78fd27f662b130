// A broken spec through the macro: a compile error naming the YAML line and column.
grokvid::provider!("../codegen/tests/broken/default_out_of_range.yaml");

fn main() {}
