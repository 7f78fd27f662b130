// A broken spec through the macro: a compile error naming the YAML line and column.
grokvid::provider!("../codegen/tests/broken/path_placeholder_without_param.yaml");

fn main() {}
