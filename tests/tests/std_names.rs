//! A provider whose wire names are Rust's own words (`specs/stdnames.yaml`: fields `result`, `option`,
//! `type`, `self`, `client`, `new`..., enum values `none`, `some`, `self`): the loader renames what would
//! shadow a name generated code uses (specs/README.md "Rust names"), so the module compiles and the
//! wire names are unchanged.
#![deny(warnings)]

grokvid::provider!("specs/stdnames.yaml");

use grokvid::ApiRequest;
use stdnames::{CreateRequest, Mode, Prompt, ResultValue};

#[test]
fn renamed_items_keep_their_wire_names() {
    let request = CreateRequest::new(Prompt::new("a kite").unwrap(), ResultValue::Fast)
        .type_(stdnames::Type::Video)
        .self_(stdnames::SelfValue::new("me").unwrap())
        .client(stdnames::ClientValue::Cli)
        .option(stdnames::OptionValue::new().some("s"))
        .mode(Mode::None)
        .new_("n")
        .validate_(true)
        .field_("f")
        .async_(true);
    assert!(request.validate().is_ok());
    let encoded = grokvid::Encoded::of(&request).unwrap();
    assert_eq!(
        encoded.json,
        Some(serde_json::json!({
            "prompt": "a kite",
            "result": "fast",
            "type": "video",
            "self": "me",
            "client": "cli",
            "option": {"some": "s"},
            "mode": "none",
            "new": "n",
            "validate": true,
            "field": "f",
            "async": true,
        }))
    );
    let reply: stdnames::CreateResponse =
        serde_json::from_value(serde_json::json!({"job": "j", "type": "t", "self": "s"})).unwrap();
    assert_eq!(reply.type_.as_deref(), Some("t"));
    assert_eq!(reply.self_.as_deref(), Some("s"));
}
