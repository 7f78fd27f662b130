// ... and cannot be changed behind the check afterwards.
use grokvid::providers::acedata::Duration;

fn main() {
    let mut duration = Duration::new(8).unwrap();
    duration.0 = 99;
}
