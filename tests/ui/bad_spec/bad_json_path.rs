// A broken spec through the macro: a compile error naming the YAML line and column.
grokvid::provider!("../codegen/tests/broken/bad_json_path.yaml");

fn main() {}
