// A broken spec through the macro: a compile error naming the YAML line and column.
grokvid::provider!("../codegen/tests/broken/default_not_in_enum.yaml");

fn main() {}
