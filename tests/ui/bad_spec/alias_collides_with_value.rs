// A broken spec through the macro: a compile error naming the YAML line and column.
grokvid::provider!("../codegen/tests/broken/alias_collides_with_value.yaml");

fn main() {}
