//! Params named by a dotted body path (`input.prompt`): they nest in a JSON body, so every segment
//! needs a name, only JSON body params may nest, and a key is either a value or an object of nested
//! params, never both.

use super::Loader;
use crate::model::{BodyKind, OperationDef, ParamLocation};
use crate::yaml::Pos;
use grokvid_spec::body::{has_empty_segment, is_inside};

impl Loader {
    /// A const's key: constants are sent as they are written, so a dotted one would not nest.
    pub(super) fn check_const_key(&mut self, pos: Pos, wire: &str) {
        if wire.contains('.') {
            self.error(
                pos,
                format!(
                    "const `{wire}`: constants cannot take a dotted (nested) body path; send it at \
                     the top level or make it a param with a `default` sent by the client"
                ),
            );
        }
    }

    /// Every dotted param of `op` names a place a JSON body can hold.
    pub(super) fn check_nesting(&mut self, op: &OperationDef) {
        for p in op.params.iter().filter(|p| p.wire.contains('.')) {
            if has_empty_segment(&p.wire) {
                self.error(
                    p.pos,
                    format!(
                        "param `{}`: a dotted body path needs a name between every two dots \
                         (`input.prompt`)",
                        p.wire
                    ),
                );
            } else if p.location != ParamLocation::Body {
                self.error(
                    p.pos,
                    format!(
                        "param `{}` is a dotted (nested) body path, but goes in the {}: only JSON \
                         body params nest",
                        p.wire,
                        super::operations::location_name(p.location)
                    ),
                );
            } else if op.body != BodyKind::Json {
                self.error(
                    p.pos,
                    format!(
                        "param `{}` is a dotted (nested) body path, but operation `{}` sends a {} \
                         body: only a JSON body nests",
                        p.wire,
                        op.name,
                        op.body.as_str()
                    ),
                );
            }
        }
        // Malformed paths and dotted consts were reported above: one message each.
        let body_params = op
            .params
            .iter()
            .filter(|p| p.location == ParamLocation::Body && !has_empty_segment(&p.wire))
            .map(|p| (p.wire.as_str(), p.pos));
        let body_consts = op
            .consts
            .iter()
            .filter(|c| c.location == ParamLocation::Body && !c.wire.contains('.'))
            .map(|c| (c.wire.as_str(), op.pos));
        let names: Vec<(&str, Pos)> = body_params.chain(body_consts).collect();
        for (outer, _) in &names {
            for (inner, pos) in &names {
                if is_inside(inner, outer) {
                    self.error(
                        *pos,
                        format!(
                            "`{inner}` nests inside `{outer}`, but `{outer}` is a body value of \
                             its own: a key holds a value or nested params, not both"
                        ),
                    );
                }
            }
        }
    }
}
