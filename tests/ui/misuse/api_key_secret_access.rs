// The key inside an ApiKey cannot be read or printed by user code.
use grokvid::ApiKey;

fn main() {
    let key = ApiKey::new("sk-123");
    let _ = key.0;
    let _ = key.expose();
}
