//! A vendor that takes images inline only (`unified.images.data_uri`): each image item's URL must be a
//! base64 `data:` URI of an image, no larger than the spec's `max_bytes`, as the real vendor would
//! refuse anything else.

use grokvid::spec::Operation;
use grokvid::{Violation, Violations};
use serde_json::{Map, Value};

/// The inline images of a create request, by the operation's `unified.images` mapping.
pub(crate) fn check(op: &Operation, fields: &Map<String, Value>, out: &mut Violations) {
    let Some(n) = op.unified().and_then(|u| u.images()) else {
        return;
    };
    let item = n.item();
    if !item.is_data_uri() {
        return;
    }
    let items = match fields.get(n.field()) {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(one) => vec![one],
        None => return,
    };
    for (i, value) in items.into_iter().enumerate() {
        let mut url = Some(value);
        for segment in n.key().into_iter().flat_map(|k| k.split('.')) {
            url = url.and_then(|v| v.get(segment));
        }
        let name = format!("{}[{i}]", n.field());
        let Some(text) = url.and_then(Value::as_str) else {
            out.push(Violation::new(name, "has no image URL"));
            continue;
        };
        match grokvid::rt::unified::decode_data_uri(text) {
            Some((mime, _)) if !mime.starts_with("image/") => out.push(Violation::new(
                name,
                format!("must be an image, not {mime}"),
            )),
            Some((_, bytes)) => {
                if let Some(max) = item.max_bytes()
                    && bytes.len() as u64 > max
                {
                    let msg = format!("is {} bytes, over the limit of {max}", bytes.len());
                    out.push(Violation::new(name, msg));
                }
            }
            None => out.push(Violation::new(
                name,
                "must be an inline image (a base64 data: URI); this vendor fetches no URLs",
            )),
        }
    }
}
