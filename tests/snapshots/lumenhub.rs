// Generated from specs/lumenhub.yaml by grokvid-codegen; do not edit. Refresh: UPDATE_SNAPSHOTS=1 cargo test -p grokvid-tests --test snapshots
/// LumenHub: generated from `specs/lumenhub.yaml`.
///
/// Fictional vendor (test fixture for the spec language, not a real service). Jobs are created on POST /v2/models/{model}/jobs with the parameters wrapped in "input", and polled on GET /v2/jobs with the job reference in the X-Job-Ref header. Every reply is {"ok": bool, "result": {"job": {...}}}.
///
/// Vendor docs: <https://docs.lumenhub.example/v2/jobs>
pub mod lumenhub {
    use ::grokvid::rt;
    /// Everything the runtime needs to know about this provider, read from its spec.
    pub static PROVIDER: rt::spec::Provider = rt::spec::Provider {
        id: "lumenhub",
        name: "LumenHub",
        base_url: "https://api.lumenhub.example",
        docs: "https://docs.lumenhub.example/v2/jobs",
        auth: rt::spec::Auth {
            location: rt::spec::AuthLocation::Header,
            name: "X-API-Key",
            prefix: "",
            env: "LUMENHUB_API_KEY",
        },
        polling: rt::spec::Polling {
            min_interval_ms: 2000,
            suggested_interval_ms: 5000,
        },
        envelope: Some(rt::spec::Envelope {
            path: "ok",
            ok: &["true"],
        }),
        errors: rt::spec::ErrorPaths {
            code: &["error.kind", "result.job.failure.code"],
            message: &["error.detail", "result.job.failure.reason"],
        },
        operations: &[
            rt::spec::Operation {
                name: "create",
                role: rt::spec::Role::Create,
                method: rt::spec::Method::Post,
                path: rt::spec::PathTemplate::new(
                    &[
                        rt::spec::Seg::Lit("/v2/models/"),
                        rt::spec::Seg::Param("model"),
                        rt::spec::Seg::Lit("/jobs"),
                    ],
                ),
                body: rt::spec::BodyKind::Json,
                wrap: Some("input"),
                headers: &[],
                params: &[
                    rt::spec::Field {
                        wire: "model",
                        location: rt::spec::ParamLocation::Path,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::Enum(<Model as rt::WireEnum>::INFO),
                            limits: rt::spec::Limits::NONE,
                        },
                        required: true,
                        default: None,
                        client_default: false,
                        task_id: false,
                        description: "Model to run (part of the path).",
                    },
                    rt::spec::Field {
                        wire: "prompt",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::String,
                            limits: Prompt::LIMITS,
                        },
                        required: true,
                        default: None,
                        client_default: false,
                        task_id: false,
                        description: "What to render, 1 to 2000 characters.",
                    },
                    rt::spec::Field {
                        wire: "duration",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::Integer,
                            limits: Duration::LIMITS,
                        },
                        required: false,
                        default: Some(rt::spec::Scalar::Int(5)),
                        client_default: false,
                        task_id: false,
                        description: "Length in seconds, 2 to 12 (at most 8 on lumen-grok-v1-turbo). Default 5.",
                    },
                    rt::spec::Field {
                        wire: "fps",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::Enum(<Fps as rt::WireEnum>::INFO),
                            limits: rt::spec::Limits::NONE,
                        },
                        required: false,
                        default: Some(rt::spec::Scalar::Int(24)),
                        client_default: true,
                        task_id: false,
                        description: "Frame rate, 24 or 30. The API rejects jobs without it, so the client always sends it (24 by default).",
                    },
                    rt::spec::Field {
                        wire: "framing",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::Enum(<Framing as rt::WireEnum>::INFO),
                            limits: rt::spec::Limits::NONE,
                        },
                        required: false,
                        default: Some(rt::spec::Scalar::Str("landscape")),
                        client_default: false,
                        task_id: false,
                        description: "Frame shape (16:9, 9:16 or 1:1). Ignored when init_image is given.",
                    },
                    rt::spec::Field {
                        wire: "guidance",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::Number,
                            limits: Guidance::LIMITS,
                        },
                        required: false,
                        default: Some(rt::spec::Scalar::Num(7.5)),
                        client_default: false,
                        task_id: false,
                        description: "How closely to follow the prompt, 1.0 to 12.0. Default 7.5.",
                    },
                    rt::spec::Field {
                        wire: "init_image",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::Url,
                            limits: rt::spec::Limits::NONE,
                        },
                        required: false,
                        default: None,
                        client_default: false,
                        task_id: false,
                        description: "First frame image (an https: or data: URL).",
                    },
                    rt::spec::Field {
                        wire: "style_refs",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::List(
                                &rt::spec::Shape {
                                    kind: rt::spec::Kind::Url,
                                    limits: rt::spec::Limits::NONE,
                                },
                            ),
                            limits: rt::spec::Limits {
                                min: None,
                                max: None,
                                min_length: None,
                                max_length: None,
                                min_items: None,
                                max_items: Some(3),
                                accept: &[],
                            },
                        },
                        required: false,
                        default: None,
                        client_default: false,
                        task_id: false,
                        description: "Up to 3 style reference images.",
                    },
                    rt::spec::Field {
                        wire: "negative_prompt",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::String,
                            limits: NegativePrompt::LIMITS,
                        },
                        required: false,
                        default: None,
                        client_default: false,
                        task_id: false,
                        description: "What to avoid, up to 500 characters.",
                    },
                    rt::spec::Field {
                        wire: "seed",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::Integer,
                            limits: Seed::LIMITS,
                        },
                        required: false,
                        default: None,
                        client_default: false,
                        task_id: false,
                        description: "Random seed for reproducible renders.",
                    },
                    rt::spec::Field {
                        wire: "loop",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::Boolean,
                            limits: rt::spec::Limits::NONE,
                        },
                        required: false,
                        default: None,
                        client_default: false,
                        task_id: false,
                        description: "Make the last frame match the first.",
                    },
                ],
                consts: &[],
                rules: &[
                    rt::spec::Rule {
                        when: &[
                            rt::spec::Condition::Equals {
                                field: "model",
                                any_of: &[rt::spec::Scalar::Str("lumen-grok-v1-turbo")],
                            },
                        ],
                        check: rt::spec::Check::Range {
                            field: "duration",
                            min: None,
                            max: Some(8.0),
                        },
                        message: Some("lumen-grok-v1-turbo renders at most 8 seconds"),
                    },
                    rt::spec::Rule {
                        when: &[
                            rt::spec::Condition::Equals {
                                field: "model",
                                any_of: &[rt::spec::Scalar::Str("lumen-grok-v1-turbo")],
                            },
                        ],
                        check: rt::spec::Check::Allowed {
                            field: "fps",
                            values: &[rt::spec::Scalar::Int(24)],
                        },
                        message: Some("lumen-grok-v1-turbo renders at 24 fps only"),
                    },
                    rt::spec::Rule {
                        when: &[],
                        check: rt::spec::Check::Exclusive(&["init_image", "style_refs"]),
                        message: Some("init_image and style_refs cannot be combined"),
                    },
                    rt::spec::Rule {
                        when: &[rt::spec::Condition::Set("init_image")],
                        check: rt::spec::Check::Forbidden(&["framing"]),
                        message: Some("framing follows the init image"),
                    },
                ],
                response: rt::spec::Response {
                    fields: CreateResponse::FIELDS,
                    task: Some(rt::spec::TaskMapping {
                        id: &["result.job.ref"],
                        status: &[
                            rt::spec::StatusStep::Word {
                                path: "result.job.phase",
                                map: &[
                                    ("IN_QUEUE", rt::TaskStatus::Queued),
                                    ("RUNNING", rt::TaskStatus::Processing),
                                    ("SUCCEEDED", rt::TaskStatus::Completed),
                                    ("ERROR", rt::TaskStatus::Failed),
                                    ("CANCELED", rt::TaskStatus::Cancelled),
                                    ("TIMED_OUT", rt::TaskStatus::Failed),
                                    ("PURGED", rt::TaskStatus::Expired),
                                ],
                            },
                            rt::spec::StatusStep::When {
                                test: None,
                                then: rt::TaskStatus::Queued,
                                message: None,
                            },
                        ],
                        progress: &["result.job.progress"],
                        video_url: &["result.job.outputs[0][0]"],
                        error: &["result.job.failure.reason"],
                        error_code: &["result.job.failure.code"],
                    }),
                    tasks_at: None,
                    media: None,
                },
                unified: Some(rt::spec::Unified {
                    prompt: Some(rt::spec::Neutral {
                        field: "prompt",
                        values: &[],
                        key: None,
                    }),
                    model: Some(rt::spec::Neutral {
                        field: "model",
                        values: &[],
                        key: None,
                    }),
                    duration: Some(rt::spec::Neutral {
                        field: "duration",
                        values: &[],
                        key: None,
                    }),
                    aspect_ratio: Some(rt::spec::Neutral {
                        field: "framing",
                        values: &[
                            ("16:9", "landscape"),
                            ("9:16", "portrait"),
                            ("1:1", "square"),
                        ],
                        key: None,
                    }),
                    resolution: None,
                    images: Some(rt::spec::Neutral {
                        field: "init_image",
                        values: &[],
                        key: None,
                    }),
                }),
            },
            rt::spec::Operation {
                name: "query",
                role: rt::spec::Role::Query,
                method: rt::spec::Method::Get,
                path: rt::spec::PathTemplate::new(&[rt::spec::Seg::Lit("/v2/jobs")]),
                body: rt::spec::BodyKind::None,
                wrap: None,
                headers: &[],
                params: &[
                    rt::spec::Field {
                        wire: "X-Job-Ref",
                        location: rt::spec::ParamLocation::Header,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::String,
                            limits: rt::spec::Limits::NONE,
                        },
                        required: true,
                        default: None,
                        client_default: false,
                        task_id: true,
                        description: "The job reference returned by create (result.job.ref).",
                    },
                ],
                consts: &[
                    rt::spec::Const {
                        wire: "view",
                        location: rt::spec::ParamLocation::Query,
                        value: rt::spec::Scalar::Str("full"),
                    },
                ],
                rules: &[],
                response: rt::spec::Response {
                    fields: QueryResponse::FIELDS,
                    task: Some(rt::spec::TaskMapping {
                        id: &["result.job.ref"],
                        status: &[
                            rt::spec::StatusStep::Word {
                                path: "result.job.phase",
                                map: &[
                                    ("IN_QUEUE", rt::TaskStatus::Queued),
                                    ("RUNNING", rt::TaskStatus::Processing),
                                    ("SUCCEEDED", rt::TaskStatus::Completed),
                                    ("ERROR", rt::TaskStatus::Failed),
                                    ("CANCELED", rt::TaskStatus::Cancelled),
                                    ("TIMED_OUT", rt::TaskStatus::Failed),
                                    ("PURGED", rt::TaskStatus::Expired),
                                ],
                            },
                        ],
                        progress: &["result.job.progress"],
                        video_url: &["result.job.outputs[0][0]"],
                        error: &["result.job.failure.reason"],
                        error_code: &["result.job.failure.code"],
                    }),
                    tasks_at: None,
                    media: None,
                },
                unified: None,
            },
            rt::spec::Operation {
                name: "cancel",
                role: rt::spec::Role::Other,
                method: rt::spec::Method::Delete,
                path: rt::spec::PathTemplate::new(&[rt::spec::Seg::Lit("/v2/jobs")]),
                body: rt::spec::BodyKind::None,
                wrap: None,
                headers: &[],
                params: &[
                    rt::spec::Field {
                        wire: "X-Job-Ref",
                        location: rt::spec::ParamLocation::Header,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::String,
                            limits: rt::spec::Limits::NONE,
                        },
                        required: true,
                        default: None,
                        client_default: false,
                        task_id: true,
                        description: "The job reference to cancel.",
                    },
                ],
                consts: &[],
                rules: &[],
                response: rt::spec::Response {
                    fields: CancelResponse::FIELDS,
                    task: Some(rt::spec::TaskMapping {
                        id: &["result.job.ref"],
                        status: &[
                            rt::spec::StatusStep::Word {
                                path: "result.job.phase",
                                map: &[
                                    ("IN_QUEUE", rt::TaskStatus::Queued),
                                    ("RUNNING", rt::TaskStatus::Processing),
                                    ("SUCCEEDED", rt::TaskStatus::Completed),
                                    ("ERROR", rt::TaskStatus::Failed),
                                    ("CANCELED", rt::TaskStatus::Cancelled),
                                    ("TIMED_OUT", rt::TaskStatus::Failed),
                                    ("PURGED", rt::TaskStatus::Expired),
                                ],
                            },
                        ],
                        progress: &["result.job.progress"],
                        video_url: &["result.job.outputs[0][0]"],
                        error: &["result.job.failure.reason"],
                        error_code: &["result.job.failure.code"],
                    }),
                    tasks_at: None,
                    media: None,
                },
                unified: None,
            },
        ],
    };
    /// LumenHub video models.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Model {
        /// `lumen-grok-v1`: Standard quality, 2 to 12 seconds.
        LumenGrokV1,
        /// `lumen-grok-v1-turbo`: Faster and cheaper; at most 8 seconds and 24 fps.
        LumenGrokV1Turbo,
    }
    impl rt::WireEnum for Model {
        const INFO: &'static rt::spec::EnumInfo = &rt::spec::EnumInfo {
            name: "Model",
            values: &[
                rt::spec::Scalar::Str("lumen-grok-v1"),
                rt::spec::Scalar::Str("lumen-grok-v1-turbo"),
            ],
            aliases: &[],
        };
        const ALL: &'static [Self] = &[Self::LumenGrokV1, Self::LumenGrokV1Turbo];
    }
    rt::wire_enum!(Model);
    /// Output frame rate.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Fps {
        /// `24`: Cinematic 24 frames per second.
        Fps24,
        /// `30`: 30 frames per second.
        Fps30,
    }
    impl rt::WireEnum for Fps {
        const INFO: &'static rt::spec::EnumInfo = &rt::spec::EnumInfo {
            name: "Fps",
            values: &[rt::spec::Scalar::Int(24), rt::spec::Scalar::Int(30)],
            aliases: &[],
        };
        const ALL: &'static [Self] = &[Self::Fps24, Self::Fps30];
    }
    rt::wire_enum!(Fps);
    /// Job phase words.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Phase {
        /// `IN_QUEUE`: Waiting for a worker.
        InQueue,
        /// `RUNNING`: Rendering; progress is a percentage string such as "42%".
        Running,
        /// `SUCCEEDED`: Done; outputs[0][0] is the video URL.
        Succeeded,
        /// `ERROR`: Failed; failure.reason says why.
        Error,
        /// `CANCELED`: Cancelled by the client.
        Canceled,
        /// `TIMED_OUT`: Gave up after the render time limit (a failure, not an expired result).
        TimedOut,
        /// `PURGED`: The result was deleted after its 24-hour retention; outputs are gone.
        Purged,
    }
    impl rt::WireEnum for Phase {
        const INFO: &'static rt::spec::EnumInfo = &rt::spec::EnumInfo {
            name: "Phase",
            values: &[
                rt::spec::Scalar::Str("IN_QUEUE"),
                rt::spec::Scalar::Str("RUNNING"),
                rt::spec::Scalar::Str("SUCCEEDED"),
                rt::spec::Scalar::Str("ERROR"),
                rt::spec::Scalar::Str("CANCELED"),
                rt::spec::Scalar::Str("TIMED_OUT"),
                rt::spec::Scalar::Str("PURGED"),
            ],
            aliases: &[],
        };
        const ALL: &'static [Self] = &[
            Self::InQueue,
            Self::Running,
            Self::Succeeded,
            Self::Error,
            Self::Canceled,
            Self::TimedOut,
            Self::Purged,
        ];
    }
    rt::wire_enum!(Phase);
    /// Why a job failed.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Failure {
        /// Machine-readable failure code (for example NSFW_BLOCKED, RENDER_CRASH).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
        /// Human-readable failure reason.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reason: Option<String>,
    }
    impl Failure {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::spec::Field] = &[
            rt::spec::Field {
                wire: "code",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Machine-readable failure code (for example NSFW_BLOCKED, RENDER_CRASH).",
            },
            rt::spec::Field {
                wire: "reason",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Human-readable failure reason.",
            },
        ];
        /// A value with every required field; optional ones are set with the methods below.
        pub fn new() -> Self {
            Self { code: None, reason: None }
        }
        /// Sets `code`.
        pub fn code(mut self, value: impl Into<String>) -> Self {
            self.code = Some(value.into());
            self
        }
        /// Sets `reason`.
        pub fn reason(mut self, value: impl Into<String>) -> Self {
            self.reason = Some(value.into());
            self
        }
    }
    impl Default for Failure {
        fn default() -> Self {
            Self::new()
        }
    }
    rt::object!(Failure);
    /// A render job.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Job {
        /// Job reference; send it in X-Job-Ref to poll or cancel.
        ///
        /// Sent as `ref`.
        #[serde(rename = "ref")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reference: Option<String>,
        /// Job phase.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub phase: Option<Phase>,
        /// Model the job runs on.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub model: Option<String>,
        /// Progress as a percentage string, "0%" to "100%".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub progress: Option<String>,
        /// Rendered files as a list of takes, each a list of URLs (the first URL of the first take is the video; the others are alternative encodings).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub outputs: Option<rt::serde_json::Value>,
        /// Present when the phase is ERROR or TIMED_OUT.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub failure: Option<Failure>,
        /// Creation time, RFC 3339.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub created: Option<String>,
    }
    impl Job {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::spec::Field] = &[
            rt::spec::Field {
                wire: "ref",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Job reference; send it in X-Job-Ref to poll or cancel.",
            },
            rt::spec::Field {
                wire: "phase",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Enum(<Phase as rt::WireEnum>::INFO),
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Job phase.",
            },
            rt::spec::Field {
                wire: "model",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Model the job runs on.",
            },
            rt::spec::Field {
                wire: "progress",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Progress as a percentage string, \"0%\" to \"100%\".",
            },
            rt::spec::Field {
                wire: "outputs",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Json,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Rendered files as a list of takes, each a list of URLs (the first URL of the first take is the video; the others are alternative encodings).",
            },
            rt::spec::Field {
                wire: "failure",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Object(Failure::FIELDS),
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Present when the phase is ERROR or TIMED_OUT.",
            },
            rt::spec::Field {
                wire: "created",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Creation time, RFC 3339.",
            },
        ];
        /// A value with every required field; optional ones are set with the methods below.
        pub fn new() -> Self {
            Self {
                reference: None,
                phase: None,
                model: None,
                progress: None,
                outputs: None,
                failure: None,
                created: None,
            }
        }
        /// Sets `ref`.
        pub fn reference(mut self, value: impl Into<String>) -> Self {
            self.reference = Some(value.into());
            self
        }
        /// Sets `phase`.
        pub fn phase(mut self, value: Phase) -> Self {
            self.phase = Some(value);
            self
        }
        /// Sets `model`.
        pub fn model(mut self, value: impl Into<String>) -> Self {
            self.model = Some(value.into());
            self
        }
        /// Sets `progress`.
        pub fn progress(mut self, value: impl Into<String>) -> Self {
            self.progress = Some(value.into());
            self
        }
        /// Sets `outputs`.
        pub fn outputs(mut self, value: rt::serde_json::Value) -> Self {
            self.outputs = Some(value);
            self
        }
        /// Sets `failure`.
        pub fn failure(mut self, value: Failure) -> Self {
            self.failure = Some(value);
            self
        }
        /// Sets `created`.
        pub fn created(mut self, value: impl Into<String>) -> Self {
            self.created = Some(value.into());
            self
        }
    }
    impl Default for Job {
        fn default() -> Self {
            Self::new()
        }
    }
    rt::object!(Job);
    /// The result wrapper of every reply.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct JobResult {
        /// The job.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub job: Option<Job>,
    }
    impl JobResult {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::spec::Field] = &[
            rt::spec::Field {
                wire: "job",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Object(Job::FIELDS),
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "The job.",
            },
        ];
        /// A value with every required field; optional ones are set with the methods below.
        pub fn new() -> Self {
            Self { job: None }
        }
        /// Sets `job`.
        pub fn job(mut self, value: Job) -> Self {
            self.job = Some(value);
            self
        }
    }
    impl Default for JobResult {
        fn default() -> Self {
            Self::new()
        }
    }
    rt::object!(JobResult);
    /// What to render, 1 to 2000 characters.
    ///
    /// Checked on construction: 1 to 2000 characters.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub struct Prompt(String);
    impl Prompt {
        /// The limits the vendor documents.
        pub const LIMITS: rt::spec::Limits = rt::spec::Limits {
            min: None,
            max: None,
            min_length: Some(1),
            max_length: Some(2000),
            min_items: None,
            max_items: None,
            accept: &[],
        };
    }
    rt::newtype!(Prompt, String, "prompt");
    /// Length in seconds, 2 to 12 (at most 8 on lumen-grok-v1-turbo). Default 5.
    ///
    /// Checked on construction: 2 ≤ value ≤ 12.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct Duration(i64);
    impl Duration {
        /// The limits the vendor documents.
        pub const LIMITS: rt::spec::Limits = rt::spec::Limits {
            min: Some(2.0),
            max: Some(12.0),
            min_length: None,
            max_length: None,
            min_items: None,
            max_items: None,
            accept: &[],
        };
    }
    rt::newtype!(Duration, i64, "duration");
    /// Frame shape (16:9, 9:16 or 1:1). Ignored when init_image is given.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Framing {
        /// `landscape`
        Landscape,
        /// `portrait`
        Portrait,
        /// `square`
        Square,
    }
    impl rt::WireEnum for Framing {
        const INFO: &'static rt::spec::EnumInfo = &rt::spec::EnumInfo {
            name: "Framing",
            values: &[
                rt::spec::Scalar::Str("landscape"),
                rt::spec::Scalar::Str("portrait"),
                rt::spec::Scalar::Str("square"),
            ],
            aliases: &[],
        };
        const ALL: &'static [Self] = &[Self::Landscape, Self::Portrait, Self::Square];
    }
    rt::wire_enum!(Framing);
    /// How closely to follow the prompt, 1.0 to 12.0. Default 7.5.
    ///
    /// Checked on construction: 1 ≤ value ≤ 12.
    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
    pub struct Guidance(f64);
    impl Guidance {
        /// The limits the vendor documents.
        pub const LIMITS: rt::spec::Limits = rt::spec::Limits {
            min: Some(1.0),
            max: Some(12.0),
            min_length: None,
            max_length: None,
            min_items: None,
            max_items: None,
            accept: &[],
        };
    }
    rt::newtype!(Guidance, f64, "guidance");
    /// What to avoid, up to 500 characters.
    ///
    /// Checked on construction: at most 500 characters.
    #[derive(Debug, Clone, PartialEq, Eq, Hash)]
    pub struct NegativePrompt(String);
    impl NegativePrompt {
        /// The limits the vendor documents.
        pub const LIMITS: rt::spec::Limits = rt::spec::Limits {
            min: None,
            max: None,
            min_length: None,
            max_length: Some(500),
            min_items: None,
            max_items: None,
            accept: &[],
        };
    }
    rt::newtype!(NegativePrompt, String, "negative_prompt");
    /// Random seed for reproducible renders.
    ///
    /// Checked on construction: 0 ≤ value ≤ 4294967295.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct Seed(i64);
    impl Seed {
        /// The limits the vendor documents.
        pub const LIMITS: rt::spec::Limits = rt::spec::Limits {
            min: Some(0.0),
            max: Some(4294967295.0),
            min_length: None,
            max_length: None,
            min_items: None,
            max_items: None,
            accept: &[],
        };
    }
    rt::newtype!(Seed, i64, "seed");
    /// Start a render job on the given model.
    ///
    /// `POST /v2/models/{model}/jobs` with a JSON body.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct CreateRequest {
        /// Model to run (part of the path).
        #[serde(skip_serializing)]
        pub model: Model,
        /// What to render, 1 to 2000 characters.
        pub prompt: Prompt,
        /// Length in seconds, 2 to 12 (at most 8 on lumen-grok-v1-turbo). Default 5.
        ///
        /// Default `5` (applied by the vendor when omitted).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub duration: Option<Duration>,
        /// Frame rate, 24 or 30. The API rejects jobs without it, so the client always sends it (24 by default).
        ///
        /// Default `24` (sent by the client).
        #[serde(default = "CreateRequest::default_fps")]
        pub fps: Fps,
        /// Frame shape (16:9, 9:16 or 1:1). Ignored when init_image is given.
        ///
        /// Default `landscape` (applied by the vendor when omitted).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub framing: Option<Framing>,
        /// How closely to follow the prompt, 1.0 to 12.0. Default 7.5.
        ///
        /// Default `7.5` (applied by the vendor when omitted).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub guidance: Option<Guidance>,
        /// First frame image (an https: or data: URL).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub init_image: Option<rt::Url>,
        /// Up to 3 style reference images.
        ///
        /// At most 3 items.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub style_refs: Option<Vec<rt::Url>>,
        /// What to avoid, up to 500 characters.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub negative_prompt: Option<NegativePrompt>,
        /// Random seed for reproducible renders.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub seed: Option<Seed>,
        /// Make the last frame match the first.
        ///
        /// Sent as `loop`.
        #[serde(rename = "loop")]
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub looped: Option<bool>,
    }
    impl CreateRequest {
        /// A value with every required field; optional ones are set with the methods below.
        pub fn new(model: Model, prompt: Prompt) -> Self {
            Self {
                model,
                prompt,
                duration: None,
                fps: Self::default_fps(),
                framing: None,
                guidance: None,
                init_image: None,
                style_refs: None,
                negative_prompt: None,
                seed: None,
                looped: None,
            }
        }
        fn default_fps() -> Fps {
            Fps::Fps24
        }
        /// Sets `duration`.
        pub fn duration(mut self, value: Duration) -> Self {
            self.duration = Some(value);
            self
        }
        /// Sets `fps`.
        pub fn fps(mut self, value: Fps) -> Self {
            self.fps = value;
            self
        }
        /// Sets `framing`.
        pub fn framing(mut self, value: Framing) -> Self {
            self.framing = Some(value);
            self
        }
        /// Sets `guidance`.
        pub fn guidance(mut self, value: Guidance) -> Self {
            self.guidance = Some(value);
            self
        }
        /// Sets `init_image`.
        pub fn init_image(mut self, value: rt::Url) -> Self {
            self.init_image = Some(value);
            self
        }
        /// Sets `style_refs`.
        pub fn style_refs(mut self, value: Vec<rt::Url>) -> Self {
            self.style_refs = Some(value);
            self
        }
        /// Sets `negative_prompt`.
        pub fn negative_prompt(mut self, value: NegativePrompt) -> Self {
            self.negative_prompt = Some(value);
            self
        }
        /// Sets `seed`.
        pub fn seed(mut self, value: Seed) -> Self {
            self.seed = Some(value);
            self
        }
        /// Sets `loop`.
        pub fn looped(mut self, value: bool) -> Self {
            self.looped = Some(value);
            self
        }
    }
    impl rt::FieldAccess for CreateRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "model" => rt::FieldValue::field_ref(&self.model),
                "prompt" => rt::FieldValue::field_ref(&self.prompt),
                "duration" => rt::FieldValue::field_ref(&self.duration),
                "fps" => rt::FieldValue::field_ref(&self.fps),
                "framing" => rt::FieldValue::field_ref(&self.framing),
                "guidance" => rt::FieldValue::field_ref(&self.guidance),
                "init_image" => rt::FieldValue::field_ref(&self.init_image),
                "style_refs" => rt::FieldValue::field_ref(&self.style_refs),
                "negative_prompt" => rt::FieldValue::field_ref(&self.negative_prompt),
                "seed" => rt::FieldValue::field_ref(&self.seed),
                "loop" => rt::FieldValue::field_ref(&self.looped),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for CreateRequest {
        type Response = CreateResponse;
        fn operation() -> &'static rt::spec::Operation {
            &PROVIDER.operations[0]
        }
        fn write_params(&self, out: &mut rt::Params) {
            out.path("model", &self.model);
        }
        /// The operation's rules and list limits, checked on the fields with the spec's values
        /// inlined (`validate` runs the rule engine, which words the violations, only when this is
        /// false):
        ///
        /// - `style_refs_items`: `style_refs` holds at most 3 items (the field's limits)
        /// - `rule_0`: "lumen-grok-v1-turbo renders at most 8 seconds"
        /// - `rule_1`: "lumen-grok-v1-turbo renders at 24 fps only"
        /// - `rule_2`: "init_image and style_refs cannot be combined"
        /// - `rule_3`: "framing follows the init image"
        #[inline]
        fn rules_hold(&self) -> bool {
            let model = rt::FieldValue::field_ref(&self.model);
            let duration = rt::FieldValue::field_ref(&self.duration);
            let fps = rt::FieldValue::field_ref(&self.fps);
            let framing = rt::FieldValue::field_ref(&self.framing);
            let init_image = rt::FieldValue::field_ref(&self.init_image);
            let style_refs = rt::FieldValue::field_ref(&self.style_refs);
            let style_refs_items = style_refs.items_ok(None, Some(3));
            let rule_0 = !model
                .equals_any(&[rt::spec::Scalar::Str("lumen-grok-v1-turbo")])
                || duration.range_ok(None, Some(8.0));
            let rule_1 = !model
                .equals_any(&[rt::spec::Scalar::Str("lumen-grok-v1-turbo")])
                || fps.allowed_ok(&[rt::spec::Scalar::Int(24)]);
            let rule_2 = rt::FieldRef::exclusive_ok([init_image, style_refs]);
            let rule_3 = !init_image.is_set() || rt::FieldRef::forbidden_ok([framing]);
            style_refs_items && rule_0 && rule_1 && rule_2 && rule_3
        }
    }
    /// Reply of `create` (documented fields; unknown ones are ignored).
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde")]
    pub struct CreateResponse {
        /// True on success.
        #[serde(
            default,
            deserialize_with = "rt::lenient::boolean",
            skip_serializing_if = "Option::is_none"
        )]
        pub ok: Option<bool>,
        /// The created job.
        #[serde(
            default,
            deserialize_with = "rt::lenient::any",
            skip_serializing_if = "Option::is_none"
        )]
        pub result: Option<JobResult>,
    }
    impl CreateResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::spec::Field] = &[
            rt::spec::Field {
                wire: "ok",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Boolean,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "True on success.",
            },
            rt::spec::Field {
                wire: "result",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Object(JobResult::FIELDS),
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "The created job.",
            },
        ];
    }
    /// Get a job; the job reference travels in the X-Job-Ref header.
    ///
    /// `GET /v2/jobs`.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct QueryRequest {
        /// The job reference returned by create (result.job.ref).
        ///
        /// Sent as `X-Job-Ref`.
        #[serde(rename = "X-Job-Ref")]
        #[serde(skip_serializing)]
        pub job_ref: String,
    }
    impl QueryRequest {
        /// A value with every required field; optional ones are set with the methods below.
        pub fn new(job_ref: impl Into<String>) -> Self {
            Self { job_ref: job_ref.into() }
        }
    }
    impl rt::FieldAccess for QueryRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "X-Job-Ref" => rt::FieldValue::field_ref(&self.job_ref),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for QueryRequest {
        type Response = QueryResponse;
        fn operation() -> &'static rt::spec::Operation {
            &PROVIDER.operations[1]
        }
        fn write_params(&self, out: &mut rt::Params) {
            out.header("X-Job-Ref", &self.job_ref);
        }
        /// No rules and no list limits: nothing to check across fields.
        #[inline]
        fn rules_hold(&self) -> bool {
            true
        }
    }
    /// Reply of `query` (documented fields; unknown ones are ignored).
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde")]
    pub struct QueryResponse {
        /// True on success.
        #[serde(
            default,
            deserialize_with = "rt::lenient::boolean",
            skip_serializing_if = "Option::is_none"
        )]
        pub ok: Option<bool>,
        /// The job.
        #[serde(
            default,
            deserialize_with = "rt::lenient::any",
            skip_serializing_if = "Option::is_none"
        )]
        pub result: Option<JobResult>,
    }
    impl QueryResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::spec::Field] = &[
            rt::spec::Field {
                wire: "ok",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Boolean,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "True on success.",
            },
            rt::spec::Field {
                wire: "result",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Object(JobResult::FIELDS),
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "The job.",
            },
        ];
    }
    /// Cancel a queued or running job.
    ///
    /// `DELETE /v2/jobs`.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct CancelRequest {
        /// The job reference to cancel.
        ///
        /// Sent as `X-Job-Ref`.
        #[serde(rename = "X-Job-Ref")]
        #[serde(skip_serializing)]
        pub job_ref: String,
    }
    impl CancelRequest {
        /// A value with every required field; optional ones are set with the methods below.
        pub fn new(job_ref: impl Into<String>) -> Self {
            Self { job_ref: job_ref.into() }
        }
    }
    impl rt::FieldAccess for CancelRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "X-Job-Ref" => rt::FieldValue::field_ref(&self.job_ref),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for CancelRequest {
        type Response = CancelResponse;
        fn operation() -> &'static rt::spec::Operation {
            &PROVIDER.operations[2]
        }
        fn write_params(&self, out: &mut rt::Params) {
            out.header("X-Job-Ref", &self.job_ref);
        }
        /// No rules and no list limits: nothing to check across fields.
        #[inline]
        fn rules_hold(&self) -> bool {
            true
        }
    }
    /// Reply of `cancel` (documented fields; unknown ones are ignored).
    #[derive(
        Debug,
        Clone,
        Default,
        PartialEq,
        rt::serde::Serialize,
        rt::serde::Deserialize
    )]
    #[serde(crate = "rt::serde")]
    pub struct CancelResponse {
        /// True on success.
        #[serde(
            default,
            deserialize_with = "rt::lenient::boolean",
            skip_serializing_if = "Option::is_none"
        )]
        pub ok: Option<bool>,
        /// The job, now CANCELED.
        #[serde(
            default,
            deserialize_with = "rt::lenient::any",
            skip_serializing_if = "Option::is_none"
        )]
        pub result: Option<JobResult>,
    }
    impl CancelResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::spec::Field] = &[
            rt::spec::Field {
                wire: "ok",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Boolean,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "True on success.",
            },
            rt::spec::Field {
                wire: "result",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Object(JobResult::FIELDS),
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "The job, now CANCELED.",
            },
        ];
    }
    /// Calls `operation` with a request read from JSON keyed by wire names, through a client of
    /// this provider. For tools that choose the operation at run time; typed code calls `Client`.
    pub async fn call(
        client: &rt::HttpClient,
        operation: &str,
        json: rt::serde_json::Value,
    ) -> Result<rt::DynReply, rt::Error> {
        match operation {
            "create" => client.call_json::<CreateRequest>(json).await,
            "query" => client.call_json::<QueryRequest>(json).await,
            "cancel" => client.call_json::<CancelRequest>(json).await,
            other => {
                Err(
                    rt::Error::Config(
                        format!("{} has no operation `{other}`", "lumenhub"),
                    ),
                )
            }
        }
    }
    /// Reads a reply of `operation` into its typed response and back to JSON: the documented
    /// fields, typed as the spec says.
    pub fn typed_reply(
        operation: &str,
        json: rt::serde_json::Value,
    ) -> Result<rt::serde_json::Value, rt::Error> {
        match operation {
            "create" => rt::typed_reply::<CreateResponse>(json),
            "query" => rt::typed_reply::<QueryResponse>(json),
            "cancel" => rt::typed_reply::<CancelResponse>(json),
            other => {
                Err(
                    rt::Error::Config(
                        format!(
                            "{} has no operation `{other}` with a JSON reply", "lumenhub"
                        ),
                    ),
                )
            }
        }
    }
    /// Reads a request of `operation` from JSON keyed by wire names (path, query and header params
    /// included), validates it, and encodes it as it would be sent. For tools that choose the
    /// operation at run time.
    pub fn encode_request(
        operation: &str,
        json: rt::serde_json::Value,
    ) -> Result<rt::Encoded, rt::Error> {
        match operation {
            "create" => rt::encode::<CreateRequest>(json),
            "query" => rt::encode::<QueryRequest>(json),
            "cancel" => rt::encode::<CancelRequest>(json),
            other => {
                Err(
                    rt::Error::Config(
                        format!("{} has no operation `{other}`", "lumenhub"),
                    ),
                )
            }
        }
    }
    rt::client!(
        #[doc =
        " A client for LumenHub. The key is read from `LUMENHUB_API_KEY` by [`Client::from_env`]; the base URL, timeouts and retries come from `grokvid::ClientConfig`."]
        Client, PROVIDER
    );
    impl Client {
        /// Start a render job on the given model.
        ///
        /// `POST /v2/models/{model}/jobs`. A create call is paid: it is never retried once it may have reached the vendor.
        pub async fn create(
            &self,
            request: &CreateRequest,
        ) -> Result<rt::Reply<CreateResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Get a job; the job reference travels in the X-Job-Ref header.
        ///
        /// `GET /v2/jobs`.
        pub async fn query(
            &self,
            request: &QueryRequest,
        ) -> Result<rt::Reply<QueryResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Cancel a queued or running job.
        ///
        /// `DELETE /v2/jobs`.
        pub async fn cancel(
            &self,
            request: &CancelRequest,
        ) -> Result<rt::Reply<CancelResponse>, rt::Error> {
            self.inner.send(request).await
        }
    }
}
