//! The create request from the command line: `--prompt` plus `--set key=value`, typed by the
//! operation's field table (no per-provider code).

use grokvid::rt::json_path::scalar_json;
use grokvid::spec::{Builtin, Form, Kind, Operation};
use serde_json::{Map, Value};

/// The request JSON (wire names) and the notes to show about values the CLI chose.
pub struct Built {
    pub json: Value,
    pub notes: Vec<String>,
}

/// `prompt` and every `key=value` become the operation's fields; a required enum field left out gets
/// the spec's default or its first value, and says so. Only fields the operation has are sent: a
/// `--prompt` or `--set` naming any other is refused with the fields it does have.
pub fn build(op: &Operation, prompt: Option<&str>, sets: &[String]) -> Result<Built, String> {
    let mut texts = Vec::new();
    // A blank prompt is no prompt: never sent, so a required one is reported missing.
    if let Some(prompt) = prompt.filter(|p| !p.trim().is_empty()) {
        known_field(op, "prompt", "--prompt")?;
        texts.push(("prompt".to_string(), prompt.to_string()));
    }
    for set in sets {
        let (key, value) = set
            .split_once('=')
            .ok_or_else(|| format!("`--set {set}`: expected key=value"))?;
        let key = key.trim();
        known_field(op, key, &format!("--set {key}=..."))?;
        texts.push((key.to_string(), value.to_string()));
    }
    let (texts, files) = split_files(op, texts);
    let mut json = grokvid::rt::validate::json_from_parts(op, &texts, &files);
    let mut notes = Vec::new();
    if let Value::Object(map) = &mut json {
        parse_json_fields(op, map);
        fill_required_enums(op, map, &mut notes);
    }
    Ok(Built { json, notes })
}

/// `key` is a field of the operation; `flag` is how the user named it.
fn known_field(op: &Operation, key: &str, flag: &str) -> Result<(), String> {
    if op.params().iter().any(|f| f.wire() == key) {
        return Ok(());
    }
    let known: Vec<&str> = op.params().iter().map(|f| f.wire()).collect();
    Err(format!(
        "`{flag}`: {} has no field `{key}`; its fields are: {} (give them with --set KEY=VALUE)",
        op.name(),
        known.join(", ")
    ))
}

type Pairs = Vec<(String, String)>;

/// File fields take local paths, which the typed request reads as uploads.
fn split_files(op: &Operation, texts: Pairs) -> (Pairs, Pairs) {
    texts.into_iter().partition(|(key, _)| {
        !op.params().iter().any(|f| {
            f.wire() == key
                && match f.shape().kind() {
                    Kind::Builtin(Builtin::File) => true,
                    Kind::List(item) => matches!(item.kind(), Kind::Builtin(Builtin::File)),
                    _ => false,
                }
        })
    })
}

/// Objects and `json` fields are given as JSON text (`--set 'video={"url": "..."}'`).
fn parse_json_fields(op: &Operation, map: &mut Map<String, Value>) {
    for field in op.params() {
        let is_json = |kind: &Kind| {
            matches!(kind, Kind::Object(_)) || kind.builtin().map(Builtin::form) == Some(Form::Any)
        };
        let Some(value) = map.get_mut(field.wire()) else {
            continue;
        };
        match (field.shape().kind(), value) {
            (kind, value @ Value::String(_)) if is_json(kind) => {
                if let Some(parsed) = value.as_str().and_then(|t| serde_json::from_str(t).ok()) {
                    *value = parsed;
                }
            }
            (Kind::List(item), Value::Array(items)) if is_json(item.kind()) => {
                for item in items {
                    if let Some(parsed) = item.as_str().and_then(|t| serde_json::from_str(t).ok()) {
                        *item = parsed;
                    }
                }
            }
            _ => {}
        }
    }
}

fn fill_required_enums(op: &Operation, map: &mut Map<String, Value>, notes: &mut Vec<String>) {
    for field in op.params().iter().filter(|f| f.is_required()) {
        if map.contains_key(field.wire()) {
            continue;
        }
        if let Kind::Enum(info) = field.shape().kind()
            && let Some(first) = field
                .default_value()
                .or_else(|| info.values().first().copied())
        {
            notes.push(format!(
                "{} not given: using {first} (--set {}=...)",
                field.wire(),
                field.wire()
            ));
            map.insert(field.wire().to_string(), scalar_json(&first));
        }
    }
}
