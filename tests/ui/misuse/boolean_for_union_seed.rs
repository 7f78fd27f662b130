// eitheror's seed is `[integer, string]`: a boolean is no member's value, so no `Seed` is made of one.
grokvid::provider!("specs/eitheror.yaml");

fn main() {
    let _ = eitheror::CreateRequest::new("a kite").seed(eitheror::Seed::from(true));
}
