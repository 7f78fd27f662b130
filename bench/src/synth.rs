//! Synthetic but realistic provider specs for the generator benchmark.
//!
//! Each spec looks like a real reseller's: a named model enum with descriptions and aliases, a status
//! enum, shared object types, an error envelope on some, and three operations (create, query,
//! content). The create operation has 10–30 params drawn from the kinds real vendors use (checked
//! integers and numbers, bounded text, URLs, URL lists, files on multipart vendors, inline and named
//! enums, client and vendor defaults, keyword wire names, constants) and 3–8 cross-field rules of every
//! kind. Specs are deterministic: spec `i` is the same text on every run and machine.

use std::fmt::Write;

/// A small deterministic PRNG (SplitMix64): no dependency, same sequence everywhere.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next_u64() % (hi - lo + 1)
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next_u64() % items.len() as u64) as usize]
    }
    /// Fisher–Yates.
    pub fn shuffle<T>(&mut self, items: &mut [T]) {
        for i in (1..items.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            items.swap(i, j);
        }
    }
}

/// What kind of value a candidate param holds; decides its YAML and which rules may name it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Kind {
    /// `integer` with `min`/`max` (a checked newtype).
    BoundedInt {
        min: i64,
        max: i64,
    },
    /// `integer` with no limits.
    Int,
    /// `number` with `min`/`max`.
    BoundedNum {
        min: i64,
        max: i64,
    },
    Bool,
    /// `string`, optionally with `max_length`.
    Text {
        max_length: Option<u32>,
    },
    Url,
    /// `list<url>` with `max_items`.
    UrlList {
        max_items: u32,
    },
    /// Inline `enum:` of these values.
    InlineEnum(&'static [&'static str]),
    /// The shared `AspectRatio` type.
    Ratio,
    /// `json`.
    Json,
    /// The shared `ImageRef` object (JSON bodies only).
    ImageObject,
    /// `list<file>` (multipart bodies only).
    FileList,
}

/// A param a vendor might have: wire name, kind, and whether its wire name needs a `rust:` rename.
struct Candidate {
    wire: &'static str,
    kind: Kind,
    rust: Option<&'static str>,
    doc: &'static str,
}

const fn c(wire: &'static str, kind: Kind, doc: &'static str) -> Candidate {
    Candidate {
        wire,
        kind,
        rust: None,
        doc,
    }
}

/// The pool create params are drawn from (model and prompt are always there).
const POOL: &[Candidate] = &[
    c(
        "duration",
        Kind::BoundedInt { min: 1, max: 30 },
        "Video length in seconds.",
    ),
    c(
        "seconds",
        Kind::Int,
        "Target length in seconds; the server may round it.",
    ),
    c(
        "fps",
        Kind::InlineEnum(&["24", "30", "60"]),
        "Frames per second.",
    ),
    c("aspect_ratio", Kind::Ratio, "Frame shape of the output."),
    c(
        "resolution",
        Kind::InlineEnum(&["480p", "720p", "1080p"]),
        "Output resolution tier.",
    ),
    c(
        "quality",
        Kind::InlineEnum(&["draft", "standard", "high"]),
        "Render quality; higher costs more credits.",
    ),
    c(
        "seed",
        Kind::BoundedInt {
            min: 0,
            max: 4_294_967_295,
        },
        "Random seed for reproducible renders.",
    ),
    c(
        "guidance",
        Kind::BoundedNum { min: 1, max: 20 },
        "Prompt adherence (classifier-free guidance scale).",
    ),
    c(
        "motion_strength",
        Kind::BoundedNum { min: 0, max: 1 },
        "How much the camera and subject move.",
    ),
    c(
        "negative_prompt",
        Kind::Text {
            max_length: Some(500),
        },
        "What the video should not show.",
    ),
    c(
        "style",
        Kind::Text { max_length: None },
        "Free-form style preset name.",
    ),
    c(
        "camera_motion",
        Kind::InlineEnum(&[
            "static",
            "pan_left",
            "pan_right",
            "zoom_in",
            "zoom_out",
            "orbit",
        ]),
        "Camera movement preset.",
    ),
    c(
        "image_url",
        Kind::Url,
        "First-frame image for image-to-video.",
    ),
    c(
        "end_image_url",
        Kind::Url,
        "Last-frame image; only some models accept it.",
    ),
    c(
        "reference_image_urls",
        Kind::UrlList { max_items: 7 },
        "Reference images for subject consistency.",
    ),
    c(
        "callback_url",
        Kind::Url,
        "URL that receives a POST when the task finishes.",
    ),
    c(
        "watermark",
        Kind::Bool,
        "Whether the vendor stamps its logo.",
    ),
    c(
        "enhance_prompt",
        Kind::Bool,
        "Let the vendor rewrite the prompt.",
    ),
    c("audio", Kind::Bool, "Generate a soundtrack."),
    c(
        "upscale",
        Kind::Bool,
        "Upscale the result to the next tier.",
    ),
    c(
        "steps",
        Kind::BoundedInt { min: 10, max: 100 },
        "Sampling steps.",
    ),
    c(
        "user",
        Kind::Text { max_length: None },
        "End-user id for abuse tracking.",
    ),
    c(
        "webhook_secret",
        Kind::Text {
            max_length: Some(128),
        },
        "Secret the callback is signed with.",
    ),
    c(
        "priority",
        Kind::BoundedInt { min: 0, max: 9 },
        "Queue priority; 9 is served first.",
    ),
    c(
        "metadata",
        Kind::Json,
        "Opaque data echoed back in replies.",
    ),
    c(
        "tags",
        Kind::UrlList { max_items: 3 },
        "Extra asset URLs attached to the task.",
    ),
    c("image", Kind::ImageObject, "An image given as an object."),
    c(
        "cfg_rescale",
        Kind::BoundedNum { min: 0, max: 1 },
        "Guidance rescale factor.",
    ),
    c(
        "motion_bucket",
        Kind::BoundedInt { min: 1, max: 255 },
        "Motion amount bucket.",
    ),
    c(
        "style_preset",
        Kind::InlineEnum(&[
            "cinematic",
            "anime",
            "documentary",
            "3d_render",
            "claymation",
        ]),
        "Named look.",
    ),
    c("mute", Kind::Bool, "Drop the audio track."),
    Candidate {
        wire: "async",
        kind: Kind::Bool,
        rust: Some("run_async"),
        doc: "Return the task id at once instead of blocking.",
    },
    Candidate {
        wire: "loop",
        kind: Kind::Bool,
        rust: Some("looped"),
        doc: "Make the last frame match the first.",
    },
    Candidate {
        wire: "type",
        kind: Kind::InlineEnum(&["t2v", "i2v", "r2v"]),
        rust: Some("mode"),
        doc: "Generation mode.",
    },
];

const MODEL_WORDS: &[&str] = &[
    "grok-video-3",
    "grok-video-3-pro",
    "grok-video-3-max",
    "grok-imagine-video",
    "grok-imagine-video-1.5",
    "grok-imagine-video-1.5-preview",
    "grok-video-fast",
];

const STATUS_WORDS: &[(&str, &str)] = &[
    ("queued", "queued"),
    ("pending", "queued"),
    ("processing", "processing"),
    ("running", "processing"),
    ("succeeded", "completed"),
    ("completed", "completed"),
    ("failed", "failed"),
    ("error", "failed"),
    ("cancelled", "cancelled"),
    ("expired", "expired"),
];

const SEGMENTS: &[&str] = &[
    "videos",
    "video",
    "grok/videos",
    "jobs",
    "tasks",
    "generations",
];
const RATIOS: &[&str] = &["16:9", "9:16", "1:1", "4:3", "3:4", "3:2", "2:3"];

/// One chosen param of a synthetic create operation.
struct Param {
    wire: &'static str,
    kind: Kind,
    rust: Option<&'static str>,
    doc: &'static str,
    /// `default_by: client` (always sent) or `vendor` (documented only).
    default: Option<(String, &'static str)>,
}

/// The synthetic spec number `index` (deterministic).
pub fn spec(index: usize) -> String {
    let mut rng = Rng::new(0x5EED_0000 + index as u64);
    let id = format!("synth_{index:04}");
    let multipart = rng.chance(20);
    let wrap = !multipart && rng.chance(15);
    let envelope = rng.chance(30);
    let mut y = String::with_capacity(16 * 1024);

    // provider, auth, polling
    let _ = writeln!(
        y,
        "# Synthetic spec {index}: generated by grokvid-bench (synth.rs)."
    );
    let _ = writeln!(
        y,
        "provider:\n  id: {id}\n  name: Synthetic Reseller {index}\n  base_url: https://api.synth{index}.example.com/api\n  docs: https://docs.synth{index}.example.com/video/grok\n  description: >-\n    Synthetic reseller number {index} for the generator benchmark. Create is {} on POST; poll\n    with GET; download from the video URL or the content operation.",
        if multipart { "multipart" } else { "JSON" }
    );
    match rng.range(0, 2) {
        0 => {
            let _ = writeln!(
                y,
                "\nauth:\n  in: header\n  name: Authorization\n  prefix: \"Bearer \"\n  env: SYNTH_{index:04}_API_KEY"
            );
        }
        1 => {
            let _ = writeln!(
                y,
                "\nauth:\n  in: header\n  name: X-API-Key\n  env: SYNTH_{index:04}_API_KEY"
            );
        }
        _ => {
            let _ = writeln!(
                y,
                "\nauth:\n  in: query\n  name: key\n  env: SYNTH_{index:04}_API_KEY"
            );
        }
    }
    if rng.chance(50) {
        let _ = writeln!(
            y,
            "\npolling:\n  min_interval_ms: {}\n  suggested_interval_ms: {}",
            rng.range(1, 5) * 500,
            rng.range(2, 12) * 5000
        );
    }
    if envelope {
        let _ = writeln!(
            y,
            "\nenvelope:\n  ok:\n    path: code\n    in: [\"0\", \"200\"]\n\nerrors:\n  code: [code, error.code]\n  message: [msg, message, error.message]"
        );
    } else {
        let _ = writeln!(
            y,
            "\nerrors:\n  code: [error.code, error.type]\n  message: [error.message, error, message]"
        );
    }

    // types
    let mut models: Vec<&str> = MODEL_WORDS.to_vec();
    rng.shuffle(&mut models);
    models.truncate(rng.range(2, 5) as usize);
    let mut statuses: Vec<(&str, &str)> = STATUS_WORDS.to_vec();
    rng.shuffle(&mut statuses);
    statuses.truncate(rng.range(4, 8) as usize);
    let mut ratios: Vec<&str> = RATIOS.to_vec();
    rng.shuffle(&mut ratios);
    ratios.truncate(rng.range(3, 7) as usize);
    y.push_str(
        "\ntypes:\n  Model:\n    description: Grok video models this reseller sells.\n    enum:\n",
    );
    for (i, m) in models.iter().enumerate() {
        let _ = writeln!(
            y,
            "      - value: {m}\n        description: Model {i}; renders {} seconds by default.",
            rng.range(5, 15)
        );
    }
    if rng.chance(40) {
        let _ = writeln!(y, "    aliases:\n      grok-latest: {}", models[0]);
    }
    y.push_str("  Status:\n    description: Task status words.\n    enum:\n");
    for (word, _) in &statuses {
        let _ = writeln!(
            y,
            "      - value: {word}\n        description: The task is {word}."
        );
    }
    y.push_str("  AspectRatio:\n    description: Frame shapes.\n    enum:\n");
    for r in &ratios {
        let _ = writeln!(y, "      - \"{r}\"");
    }
    y.push_str(
        "  ImageRef:\n    description: An image given by URL.\n    fields:\n      url:\n        type: url\n        required: true\n        description: Public image URL.\n      detail:\n        enum: [low, high, auto]\n        description: How closely the image is followed.\n",
    );
    y.push_str(
        "  TaskError:\n    description: Why a task failed.\n    fields:\n      code:\n        type: string\n        description: Error code.\n      message:\n        type: string\n        description: Error message.\n",
    );
    y.push_str(
        "  Output:\n    description: Result files.\n    fields:\n      url:\n        type: string\n        description: Final video URL.\n      cover_url:\n        type: string\n        description: First-frame image.\n",
    );

    // create params: model, prompt + 8..=28 more (10-30 in all, the file list and constant included)
    let constant = !multipart && rng.chance(30);
    let extra = rng.range(8, 28 - u64::from(multipart) - u64::from(constant)) as usize;
    let mut pool: Vec<&Candidate> = POOL
        .iter()
        .filter(|c| !(multipart && matches!(c.kind, Kind::ImageObject | Kind::Json)))
        .collect();
    rng.shuffle(&mut pool);
    let mut params: Vec<Param> = Vec::new();
    for cand in pool.into_iter().take(extra) {
        let default = match cand.kind {
            Kind::BoundedInt { min, max } if rng.chance(30) => {
                let by = if rng.chance(30) { "client" } else { "vendor" };
                Some((((min + max) / 2).to_string(), by))
            }
            Kind::InlineEnum(values) if rng.chance(30) => Some((values[0].to_string(), "vendor")),
            Kind::Bool if rng.chance(20) => Some(("false".to_string(), "vendor")),
            _ => None,
        };
        params.push(Param {
            wire: cand.wire,
            kind: cand.kind,
            rust: cand.rust,
            doc: cand.doc,
            default,
        });
    }
    if multipart {
        params.push(Param {
            wire: "input_reference",
            kind: Kind::FileList,
            rust: None,
            doc: "Reference image files; repeat the part for several.",
            default: None,
        });
    }
    let seg = *rng.pick(SEGMENTS);
    let version = rng.range(1, 3);
    let base = format!("/v{version}/{seg}");

    y.push_str("\noperations:\n  create:\n    role: create\n");
    // The provider-neutral request.
    y.push_str("    unified:\n      prompt: prompt\n      model: model\n");
    if let Some(p) = params
        .iter()
        .find(|p| p.wire == "duration" || p.wire == "seconds")
    {
        let _ = writeln!(y, "      duration: {}", p.wire);
    }
    if params.iter().any(|p| p.wire == "aspect_ratio") {
        y.push_str("      aspect_ratio: aspect_ratio\n");
    }
    if params.iter().any(|p| p.wire == "reference_image_urls") {
        y.push_str("      images: reference_image_urls\n");
    } else if multipart {
        y.push_str("      images: input_reference\n");
    }
    let _ = writeln!(
        y,
        "    description: Create a video task (text-to-video, or image-to-video with a reference image).\n    method: POST\n    path: {base}\n    body: {}",
        if multipart { "multipart" } else { "json" }
    );
    if wrap {
        y.push_str("    wrap: input\n");
    }
    if rng.chance(40) {
        y.push_str("    headers:\n      Accept: application/json\n");
    }
    y.push_str("    params:\n");
    y.push_str(
        "      model:\n        type: Model\n        required: true\n        description: Model to run.\n",
    );
    let prompt_limit = rng.chance(50);
    y.push_str(
        "      prompt:\n        type: string\n        required: true\n        description: What the video shows.\n",
    );
    if prompt_limit {
        y.push_str("        min_length: 1\n        max_length: 4000\n");
    }
    for p in &params {
        let _ = writeln!(y, "      {}:", yaml_key(p.wire));
        match p.kind {
            Kind::FileList => {
                y.push_str("        type: list<file>\n        accept: [png, jpeg, webp]\n        max_items: 4\n");
            }
            Kind::BoundedInt { min, max } => {
                let _ = writeln!(
                    y,
                    "        type: integer\n        min: {min}\n        max: {max}"
                );
            }
            Kind::Int => y.push_str("        type: integer\n"),
            Kind::BoundedNum { min, max } => {
                let _ = writeln!(
                    y,
                    "        type: number\n        min: {min}\n        max: {max}"
                );
            }
            Kind::Bool => y.push_str("        type: boolean\n"),
            Kind::Text { max_length } => {
                y.push_str("        type: string\n");
                if let Some(max) = max_length {
                    let _ = writeln!(y, "        max_length: {max}");
                }
            }
            Kind::Url => y.push_str("        type: url\n"),
            Kind::UrlList { max_items } => {
                let _ = writeln!(y, "        type: list<url>\n        max_items: {max_items}");
            }
            Kind::InlineEnum(values) => {
                let quoted: Vec<String> = values.iter().map(|v| format!("\"{v}\"")).collect();
                let _ = writeln!(y, "        enum: [{}]", quoted.join(", "));
            }
            Kind::Ratio => y.push_str("        type: AspectRatio\n"),
            Kind::Json => y.push_str("        type: json\n"),
            Kind::ImageObject => y.push_str("        type: ImageRef\n"),
        }
        if let Some(rust) = p.rust {
            let _ = writeln!(y, "        rust: {rust}");
        }
        if let Some((value, by)) = &p.default {
            let value = match p.kind {
                Kind::InlineEnum(_) => format!("\"{value}\""),
                _ => value.clone(),
            };
            let _ = writeln!(y, "        default: {value}\n        default_by: {by}");
        }
        let _ = writeln!(y, "        description: {}", p.doc);
    }
    if constant {
        y.push_str("      action:\n        const: generate\n");
    }

    // rules: 3..=8, of every kind, naming real params with values they take
    y.push_str("    rules:\n");
    let rules = rng.range(3, 8);
    let optional: Vec<&Param> = params.iter().filter(|p| p.default.is_none()).collect();
    let mut written = 0;
    let mut attempts = 0;
    while written < rules && attempts < 100 {
        attempts += 1;
        let model = *rng.pick(&models);
        let rule = match rng.range(0, 8) {
            0 => params
                .iter()
                .find_map(|p| match p.kind {
                    Kind::BoundedInt { min, max } if max - min >= 2 => Some(format!(
                        "      - when: {{model: {model}}}\n        fixed: {{{}: {}}}\n        message: {model} always renders {}\n",
                        p.wire,
                        min + 1,
                        min + 1
                    )),
                    _ => None,
                }),
            1 => optional.get(rng.range(0, 30) as usize % optional.len().max(1)).map(|p| {
                format!(
                    "      - when: {{model: {model}}}\n        forbidden: [{}]\n",
                    p.wire
                )
            }),
            2 => optional
                .iter()
                .find(|p| matches!(p.kind, Kind::Url))
                .map(|p| {
                    format!(
                        "      - when: {{model: {model}}}\n        required: [{}]\n        message: {model} is image-to-video only\n",
                        p.wire
                    )
                }),
            3 => params.iter().find_map(|p| match p.kind {
                Kind::BoundedInt { min, max } | Kind::BoundedNum { min, max } if max - min >= 4 => {
                    Some(format!(
                        "      - when: {{model: {model}}}\n        range: {{{}: {{min: {}, max: {}}}}}\n",
                        p.wire,
                        min + 1,
                        max - 1
                    ))
                }
                _ => None,
            }),
            4 => params.iter().find_map(|p| match p.kind {
                Kind::UrlList { max_items } if max_items > 1 => Some(format!(
                    "      - when_set: {}\n        items: {{{}: {{min: 1, max: {}}}}}\n",
                    p.wire,
                    p.wire,
                    max_items - 1
                )),
                _ => None,
            }),
            5 => params.iter().find_map(|p| match p.kind {
                Kind::InlineEnum(values) if values.len() >= 3 => Some(format!(
                    "      - when: {{model: {model}}}\n        allowed: {{{}: [\"{}\", \"{}\"]}}\n",
                    p.wire, values[0], values[1]
                )),
                Kind::Ratio => Some(format!(
                    "      - when: {{model: {model}}}\n        allowed: {{aspect_ratio: [\"{}\", \"{}\"]}}\n",
                    ratios[0], ratios[1]
                )),
                _ => None,
            }),
            6 if optional.len() >= 2 => {
                let a = optional[rng.range(0, optional.len() as u64 - 1) as usize];
                let b = optional[rng.range(0, optional.len() as u64 - 1) as usize];
                (a.wire != b.wire).then(|| {
                    format!(
                        "      - exclusive: [{}, {}]\n        message: {} and {} cannot be combined\n",
                        a.wire, b.wire, a.wire, b.wire
                    )
                })
            }
            7 if optional.len() >= 2 => {
                let a = optional[rng.range(0, optional.len() as u64 - 1) as usize];
                let b = optional[rng.range(0, optional.len() as u64 - 1) as usize];
                (a.wire != b.wire).then(|| {
                    format!(
                        "      - precedence: [{}, {}]\n        message: {} is ignored when {} is set\n",
                        a.wire, b.wire, b.wire, a.wire
                    )
                })
            }
            _ => None,
        };
        if let Some(rule) = rule.filter(|r| !y.contains(r.as_str())) {
            y.push_str(&rule);
            written += 1;
        }
    }
    if written == 0 {
        let _ = writeln!(
            y,
            "      - when: {{model: {}}}\n        forbidden: [{}]",
            models[0],
            optional.first().map_or("prompt", |p| p.wire)
        );
    }

    // create response and task mapping
    let (id_path, status_path, data) = if envelope {
        ("data.task_id", "data.status", "data.")
    } else {
        ("id", "status", "")
    };
    y.push_str("    response:\n      fields:\n");
    if envelope {
        y.push_str(
            "        code:\n          type: json\n          description: 0 on success.\n        msg:\n          type: string\n          description: Message.\n        data:\n          type_name: CreateData\n          description: The task.\n          fields:\n            task_id:\n              type: string\n              description: Task id.\n            status:\n              type: Status\n              description: Status word.\n            created_at:\n              type: integer\n              description: Unix time.\n",
        );
    } else {
        y.push_str(
            "        id:\n          type: string\n          description: Task id.\n        status:\n          type: Status\n          description: Status word.\n        created_at:\n          type: integer\n          description: Unix time.\n        model:\n          type: string\n          description: Model used.\n",
        );
    }
    let status_map = |y: &mut String, path: &str| {
        let pairs: Vec<String> = statuses.iter().map(|(w, s)| format!("{w}: {s}")).collect();
        let _ = writeln!(
            y,
            "        status:\n          - word: {path}\n            map: {{{}}}\n          - then: queued",
            pairs.join(", ")
        );
    };
    let _ = writeln!(y, "      task:\n        id: [{id_path}]");
    status_map(&mut y, status_path);

    // query
    let _ = writeln!(
        y,
        "\n  query:\n    role: query\n    description: Get a task's status and result.\n    method: GET\n    path: {base}/{{task_id}}\n    params:\n      task_id:\n        type: string\n        in: path\n        task_id: true\n        required: true\n        description: The id returned by create."
    );
    y.push_str("    response:\n      fields:\n");
    let query_fields = "id:\n  type: string\n  description: Task id.\nstatus:\n  type: Status\n  description: Status word.\nprogress:\n  type: integer\n  description: Percent done.\ncreated_at:\n  type: integer\n  description: Unix time of creation.\ncompleted_at:\n  type: integer\n  description: Unix time of completion.\nvideo_url:\n  type: string\n  description: Final video URL.\noutput:\n  type: Output\n  description: Result files.\nerror:\n  type: TaskError\n  description: Failure reason.\nseconds:\n  type: string\n  description: Length as text.\n";
    if envelope {
        y.push_str(
            "        code:\n          type: json\n          description: 0 on success.\n        msg:\n          type: string\n          description: Message.\n        data:\n          type_name: TaskData\n          description: The task.\n          fields:\n",
        );
        for line in query_fields.lines() {
            let _ = writeln!(y, "            {line}");
        }
    } else {
        for line in query_fields.lines() {
            let _ = writeln!(y, "        {line}");
        }
    }
    let _ = writeln!(y, "      task:\n        id: [{data}id]");
    status_map(&mut y, status_path);
    let _ = writeln!(
        y,
        "        progress: [{data}progress]\n        video_url: [{data}output.url, {data}video_url]\n        error: [{data}error.message]\n        error_code: [{data}error.code]"
    );

    // content
    let _ = writeln!(
        y,
        "\n  content:\n    role: content\n    description: Download the finished video.\n    method: GET\n    path: {base}/{{task_id}}/content\n    params:\n      task_id:\n        type: string\n        in: path\n        task_id: true\n        required: true\n        description: The task id.\n    response:\n      media: video/mp4"
    );
    y
}

/// Wire names that YAML would read as something else are quoted.
fn yaml_key(wire: &str) -> String {
    match wire {
        "yes" | "no" | "on" | "off" | "true" | "false" | "null" => format!("\"{wire}\""),
        _ => wire.to_string(),
    }
}

/// The file name spec `index` is generated under (`specs/` style, for messages).
pub fn file_name(index: usize) -> String {
    format!("synth/synth_{index:04}.yaml")
}

/// Number of params of a spec's first operation (for the report: 10–30 for synthetic specs).
pub fn create_param_count(source: &str) -> usize {
    let Some(start) = source.find("\n    params:\n") else {
        return 0;
    };
    source[start + 13..]
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .take_while(|l| l.starts_with("      "))
        .filter(|l| !l.starts_with("       ") && l.trim_end().ends_with(':'))
        .count()
}
