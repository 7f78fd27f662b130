// A constrained value is built through its checked constructor only.
use grokvid::providers::acedata::Duration;

fn main() {
    let _ = Duration(99);
}
