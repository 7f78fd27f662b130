// A broken spec through the macro: a compile error naming the YAML line and column.
grokvid::provider!("../codegen/tests/broken/file_param_in_json_body.yaml");

fn main() {}
