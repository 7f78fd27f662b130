//! The union of two creates' capabilities: what a provider offers across the creates that take the
//! neutral request (each request reaches the one whose `unified.when` holds).

use super::{Capabilities, Images, ModelCapabilities, Values};

/// `a` with everything `b` adds; `a`'s operation, transport and default model lead.
pub(super) fn merge(mut a: Capabilities, b: Capabilities) -> Capabilities {
    a.models = values(a.models, b.models);
    a.durations = values(a.durations, b.durations);
    a.aspect_ratios = values(a.aspect_ratios, b.aspect_ratios);
    a.resolutions = values(a.resolutions, b.resolutions);
    a.images = images(a.images, b.images);
    for m in b.per_model {
        match a.per_model.iter_mut().find(|x| x.model == m.model) {
            Some(x) => *x = model(x.clone(), m),
            None => a.per_model.push(m),
        }
    }
    for extra in b.extras {
        if !a.extras.contains(&extra) {
            a.extras.push(extra);
        }
    }
    a.default_model = a.default_model.or(b.default_model);
    a
}

fn model(a: ModelCapabilities, b: ModelCapabilities) -> ModelCapabilities {
    ModelCapabilities {
        model: a.model,
        durations: values(a.durations, b.durations),
        aspect_ratios: values(a.aspect_ratios, b.aspect_ratios),
        resolutions: values(a.resolutions, b.resolutions),
        min_images: a.min_images.min(b.min_images),
        max_images: most(a.max_images, b.max_images),
    }
}

/// The larger limit; `None` is no limit.
fn most(a: Option<usize>, b: Option<usize>) -> Option<usize> {
    Some(a?.max(b?))
}

/// Images either create takes: the fewest either needs, the most either allows, URLs or files, and
/// frame roles when either create gives them.
fn images(a: Images, b: Images) -> Images {
    let takes = |i: &Images| i.field.is_some() && i.max != Some(0);
    match (takes(&a), takes(&b)) {
        (false, false) => a,
        (true, false) => Images { min: 0, ..a },
        (false, true) => Images { min: 0, ..b },
        (true, true) => {
            let mut formats = a.formats;
            for f in b.formats {
                if !formats.contains(&f) {
                    formats.push(f);
                }
            }
            Images {
                field: a.field,
                min: a.min.min(b.min),
                max: most(a.max, b.max),
                urls: a.urls || b.urls,
                files: a.files || b.files,
                formats,
                frames: a.frames || b.frames,
            }
        }
    }
}

/// Values either create accepts. Two ranges give the smallest range holding both; listed values
/// and a range give the range stretched over the numbers listed.
fn values(a: Values, b: Values) -> Values {
    match (a, b) {
        (Values::Unsupported, x) | (x, Values::Unsupported) => x,
        (Values::Any, _) | (_, Values::Any) => Values::Any,
        (Values::Range { min, max }, Values::Range { min: lo, max: hi }) => Values::Range {
            min: min.zip(lo).map(|(x, y)| x.min(y)),
            max: max.zip(hi).map(|(x, y)| x.max(y)),
        },
        (Values::Range { min, max }, listed) | (listed, Values::Range { min, max }) => {
            let numbers: Option<Vec<i64>> = listed_values(listed)
                .iter()
                .map(|v| v.parse::<i64>().ok())
                .collect();
            match numbers {
                Some(numbers) => Values::Range {
                    min: min.map(|m| numbers.iter().fold(m, |x, &n| x.min(n))),
                    max: max.map(|m| numbers.iter().fold(m, |x, &n| x.max(n))),
                },
                None => Values::Any,
            }
        }
        (a, b) => {
            let mut all = listed_values(a);
            for v in listed_values(b) {
                if !all.contains(&v) {
                    all.push(v);
                }
            }
            match <[String; 1]>::try_from(all) {
                Ok([value]) => Values::Fixed { value },
                Err(values) => Values::OneOf { values },
            }
        }
    }
}

/// The values of a list or a fixed value.
fn listed_values(v: Values) -> Vec<String> {
    match v {
        Values::OneOf { values } => values,
        Values::Fixed { value } => vec![value],
        _ => Vec::new(),
    }
}
