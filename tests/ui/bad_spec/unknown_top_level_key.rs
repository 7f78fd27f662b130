// A broken spec through the macro: a compile error naming the YAML line and column.
grokvid::provider!("../codegen/tests/broken/unknown_top_level_key.yaml");

fn main() {}
