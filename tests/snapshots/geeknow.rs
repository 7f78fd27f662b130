// Generated from specs/geeknow.yaml by grokvid-codegen; do not edit. Refresh: UPDATE_SNAPSHOTS=1 cargo test -p grokvid-tests --test snapshots
/// GeekNow: generated from `specs/geeknow.yaml`.
///
/// OpenAI-style (new-api) reseller. Create is multipart/form-data on POST /v1/videos with repeatable input_reference image files; poll GET /v1/videos/{task_id}; download from video_url, or from GET /v1/videos/{task_id}/content when that fails.
///
/// Vendor docs: <https://docs.geeknow.top/api-reference/videos/grok/create>
pub mod geeknow {
    use ::grokvid::rt;
    /// Everything the runtime needs to know about this provider, read from its spec.
    pub static PROVIDER: rt::spec::Provider = rt::spec::Provider {
        id: "geeknow",
        name: "GeekNow",
        base_url: "https://www.geeknow.top",
        docs: "https://docs.geeknow.top/api-reference/videos/grok/create",
        auth: rt::spec::Auth {
            location: rt::spec::AuthLocation::Header,
            name: "Authorization",
            prefix: "Bearer ",
            env: "GEEKNOW_API_KEY",
        },
        polling: rt::spec::Polling {
            min_interval_ms: 0,
            suggested_interval_ms: 0,
        },
        envelope: None,
        errors: rt::spec::ErrorPaths {
            code: &["error.code", "error.type"],
            message: &["error.message", "error", "message"],
        },
        operations: &[
            rt::spec::Operation {
                name: "create",
                role: rt::spec::Role::Create,
                method: rt::spec::Method::Post,
                path: rt::spec::PathTemplate::new(&[rt::spec::Seg::Lit("/v1/videos")]),
                body: rt::spec::BodyKind::Multipart,
                wrap: None,
                headers: &[],
                params: &[
                    rt::spec::Field {
                        wire: "model",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::Enum(<Model as rt::WireEnum>::INFO),
                            limits: rt::spec::Limits::NONE,
                        },
                        required: true,
                        default: None,
                        client_default: false,
                        task_id: false,
                        description: "Model name; grok-video-3, grok-video-3-pro or grok-video-3-max.",
                    },
                    rt::spec::Field {
                        wire: "prompt",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::String,
                            limits: rt::spec::Limits::NONE,
                        },
                        required: true,
                        default: None,
                        client_default: false,
                        task_id: false,
                        description: "Prompt text.",
                    },
                    rt::spec::Field {
                        wire: "aspect_ratio",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::String,
                            limits: rt::spec::Limits::NONE,
                        },
                        required: false,
                        default: None,
                        client_default: false,
                        task_id: false,
                        description: "Aspect ratio; common values are 2:3, 3:2 and 1:1.",
                    },
                    rt::spec::Field {
                        wire: "seconds",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::Integer,
                            limits: rt::spec::Limits::NONE,
                        },
                        required: false,
                        default: None,
                        client_default: false,
                        task_id: false,
                        description: "Target length in seconds. For grok-video-3-pro and grok-video-3-max the server corrects it to the fixed value (10 and 15).",
                    },
                    rt::spec::Field {
                        wire: "size",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::String,
                            limits: rt::spec::Limits::NONE,
                        },
                        required: false,
                        default: None,
                        client_default: false,
                        task_id: false,
                        description: "Resolution tier; common values are 720P and 1080P.",
                    },
                    rt::spec::Field {
                        wire: "input_reference",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::List(
                                &rt::spec::Shape {
                                    kind: rt::spec::Kind::File,
                                    limits: rt::spec::Limits {
                                        min: None,
                                        max: None,
                                        min_length: None,
                                        max_length: None,
                                        min_items: None,
                                        max_items: None,
                                        accept: &["png", "jpeg", "webp"],
                                    },
                                },
                            ),
                            limits: rt::spec::Limits {
                                min: None,
                                max: None,
                                min_length: None,
                                max_length: None,
                                min_items: None,
                                max_items: None,
                                accept: &["png", "jpeg", "webp"],
                            },
                        },
                        required: false,
                        default: None,
                        client_default: false,
                        task_id: false,
                        description: "Reference image file; repeat the part to upload several images (image-to-video).",
                    },
                ],
                consts: &[],
                rules: &[
                    rt::spec::Rule {
                        when: &[
                            rt::spec::Condition::Equals {
                                field: "model",
                                any_of: &[rt::spec::Scalar::Str("grok-video-3-pro")],
                            },
                        ],
                        check: rt::spec::Check::Fixed {
                            field: "seconds",
                            value: rt::spec::Scalar::Int(10),
                        },
                        message: Some("grok-video-3-pro always renders 10 seconds"),
                    },
                    rt::spec::Rule {
                        when: &[
                            rt::spec::Condition::Equals {
                                field: "model",
                                any_of: &[rt::spec::Scalar::Str("grok-video-3-max")],
                            },
                        ],
                        check: rt::spec::Check::Fixed {
                            field: "seconds",
                            value: rt::spec::Scalar::Int(15),
                        },
                        message: Some("grok-video-3-max always renders 15 seconds"),
                    },
                ],
                response: rt::spec::Response {
                    fields: CreateResponse::FIELDS,
                    task: Some(rt::spec::TaskMapping {
                        id: &["id", "task_id"],
                        status: &[
                            rt::spec::StatusStep::Word {
                                path: "status",
                                map: &[
                                    ("queued", rt::TaskStatus::Queued),
                                    ("pending", rt::TaskStatus::Queued),
                                    ("submitted", rt::TaskStatus::Queued),
                                    ("created", rt::TaskStatus::Queued),
                                    ("not_start", rt::TaskStatus::Queued),
                                    ("notstarted", rt::TaskStatus::Queued),
                                    ("preparing", rt::TaskStatus::Queued),
                                    ("starting", rt::TaskStatus::Queued),
                                    ("processing", rt::TaskStatus::Processing),
                                    ("in_progress", rt::TaskStatus::Processing),
                                    ("running", rt::TaskStatus::Processing),
                                    ("generating", rt::TaskStatus::Processing),
                                    ("completed", rt::TaskStatus::Completed),
                                    ("complete", rt::TaskStatus::Completed),
                                    ("success", rt::TaskStatus::Completed),
                                    ("succeeded", rt::TaskStatus::Completed),
                                    ("finished", rt::TaskStatus::Completed),
                                    ("done", rt::TaskStatus::Completed),
                                    ("failed", rt::TaskStatus::Failed),
                                    ("failure", rt::TaskStatus::Failed),
                                    ("fail", rt::TaskStatus::Failed),
                                    ("error", rt::TaskStatus::Failed),
                                    ("cancelled", rt::TaskStatus::Cancelled),
                                    ("canceled", rt::TaskStatus::Cancelled),
                                    ("expired", rt::TaskStatus::Expired),
                                    (
                                        "unknown",
                                        rt::TaskStatus::Unknown(::std::string::String::new()),
                                    ),
                                ],
                            },
                            rt::spec::StatusStep::When {
                                test: None,
                                then: rt::TaskStatus::Queued,
                                message: None,
                            },
                        ],
                        progress: &["progress"],
                        video_url: &[
                            "output.url",
                            "video_url",
                            "url",
                            "detail.url",
                            "metadata.url",
                            "metadata.result_url",
                            "data[0].url",
                        ],
                        error: &["error.message", "error"],
                        error_code: &["error.code"],
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
                        field: "seconds",
                        values: &[],
                        key: None,
                    }),
                    aspect_ratio: Some(rt::spec::Neutral {
                        field: "aspect_ratio",
                        values: &[],
                        key: None,
                    }),
                    resolution: Some(rt::spec::Neutral {
                        field: "size",
                        values: &[("720p", "720P"), ("1080p", "1080P")],
                        key: None,
                    }),
                    images: Some(rt::spec::Neutral {
                        field: "input_reference",
                        values: &[],
                        key: None,
                    }),
                }),
            },
            rt::spec::Operation {
                name: "query",
                role: rt::spec::Role::Query,
                method: rt::spec::Method::Get,
                path: rt::spec::PathTemplate::new(
                    &[rt::spec::Seg::Lit("/v1/videos/"), rt::spec::Seg::Param("task_id")],
                ),
                body: rt::spec::BodyKind::None,
                wrap: None,
                headers: &[],
                params: &[
                    rt::spec::Field {
                        wire: "task_id",
                        location: rt::spec::ParamLocation::Path,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::String,
                            limits: rt::spec::Limits::NONE,
                        },
                        required: true,
                        default: None,
                        client_default: false,
                        task_id: true,
                        description: "The id returned by create (for example video_abc123).",
                    },
                ],
                consts: &[],
                rules: &[],
                response: rt::spec::Response {
                    fields: QueryResponse::FIELDS,
                    task: Some(rt::spec::TaskMapping {
                        id: &["id", "task_id"],
                        status: &[
                            rt::spec::StatusStep::Word {
                                path: "status",
                                map: &[
                                    ("queued", rt::TaskStatus::Queued),
                                    ("pending", rt::TaskStatus::Queued),
                                    ("submitted", rt::TaskStatus::Queued),
                                    ("created", rt::TaskStatus::Queued),
                                    ("not_start", rt::TaskStatus::Queued),
                                    ("notstarted", rt::TaskStatus::Queued),
                                    ("preparing", rt::TaskStatus::Queued),
                                    ("starting", rt::TaskStatus::Queued),
                                    ("processing", rt::TaskStatus::Processing),
                                    ("in_progress", rt::TaskStatus::Processing),
                                    ("running", rt::TaskStatus::Processing),
                                    ("generating", rt::TaskStatus::Processing),
                                    ("completed", rt::TaskStatus::Completed),
                                    ("complete", rt::TaskStatus::Completed),
                                    ("success", rt::TaskStatus::Completed),
                                    ("succeeded", rt::TaskStatus::Completed),
                                    ("finished", rt::TaskStatus::Completed),
                                    ("done", rt::TaskStatus::Completed),
                                    ("failed", rt::TaskStatus::Failed),
                                    ("failure", rt::TaskStatus::Failed),
                                    ("fail", rt::TaskStatus::Failed),
                                    ("error", rt::TaskStatus::Failed),
                                    ("cancelled", rt::TaskStatus::Cancelled),
                                    ("canceled", rt::TaskStatus::Cancelled),
                                    ("expired", rt::TaskStatus::Expired),
                                    (
                                        "unknown",
                                        rt::TaskStatus::Unknown(::std::string::String::new()),
                                    ),
                                ],
                            },
                        ],
                        progress: &["progress"],
                        video_url: &[
                            "output.url",
                            "video_url",
                            "url",
                            "detail.url",
                            "metadata.url",
                            "metadata.result_url",
                            "data[0].url",
                        ],
                        error: &["error.message", "error"],
                        error_code: &["error.code"],
                    }),
                    tasks_at: None,
                    media: None,
                },
                unified: None,
            },
            rt::spec::Operation {
                name: "content",
                role: rt::spec::Role::Content,
                method: rt::spec::Method::Get,
                path: rt::spec::PathTemplate::new(
                    &[
                        rt::spec::Seg::Lit("/v1/videos/"),
                        rt::spec::Seg::Param("task_id"),
                        rt::spec::Seg::Lit("/content"),
                    ],
                ),
                body: rt::spec::BodyKind::None,
                wrap: None,
                headers: &[],
                params: &[
                    rt::spec::Field {
                        wire: "task_id",
                        location: rt::spec::ParamLocation::Path,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::String,
                            limits: rt::spec::Limits::NONE,
                        },
                        required: true,
                        default: None,
                        client_default: false,
                        task_id: true,
                        description: "The task id.",
                    },
                ],
                consts: &[],
                rules: &[],
                response: rt::spec::Response {
                    fields: &[],
                    task: None,
                    tasks_at: None,
                    media: Some("video/mp4"),
                },
                unified: None,
            },
        ],
    };
    /// Grok video models sold by GeekNow.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Model {
        /// `grok-video-3`: Base model; the requested seconds are used as given.
        GrokVideo3,
        /// `grok-video-3-pro`: Always renders 10 seconds (the server corrects seconds).
        GrokVideo3Pro,
        /// `grok-video-3-max`: Always renders 15 seconds (the server corrects seconds).
        GrokVideo3Max,
    }
    impl rt::WireEnum for Model {
        const INFO: &'static rt::spec::EnumInfo = &rt::spec::EnumInfo {
            name: "Model",
            values: &[
                rt::spec::Scalar::Str("grok-video-3"),
                rt::spec::Scalar::Str("grok-video-3-pro"),
                rt::spec::Scalar::Str("grok-video-3-max"),
            ],
            aliases: &[],
        };
        const ALL: &'static [Self] = &[
            Self::GrokVideo3,
            Self::GrokVideo3Pro,
            Self::GrokVideo3Max,
        ];
    }
    rt::wire_enum!(Model);
    /// Task status words.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Status {
        /// `queued`: Waiting in the queue.
        Queued,
        /// `processing`: Being generated.
        Processing,
        /// `completed`: Finished; the video is at video_url (or output.url).
        Completed,
        /// `failed`: Failed; see error.
        Failed,
        /// `cancelled`: Cancelled.
        Cancelled,
    }
    impl rt::WireEnum for Status {
        const INFO: &'static rt::spec::EnumInfo = &rt::spec::EnumInfo {
            name: "Status",
            values: &[
                rt::spec::Scalar::Str("queued"),
                rt::spec::Scalar::Str("processing"),
                rt::spec::Scalar::Str("completed"),
                rt::spec::Scalar::Str("failed"),
                rt::spec::Scalar::Str("cancelled"),
            ],
            aliases: &[],
        };
        const ALL: &'static [Self] = &[
            Self::Queued,
            Self::Processing,
            Self::Completed,
            Self::Failed,
            Self::Cancelled,
        ];
    }
    rt::wire_enum!(Status);
    /// Failure reason of a task.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct TaskError {
        /// Error message; empty while the task has not failed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
        /// Error code; empty while the task has not failed.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub code: Option<String>,
    }
    impl TaskError {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::spec::Field] = &[
            rt::spec::Field {
                wire: "message",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Error message; empty while the task has not failed.",
            },
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
                description: "Error code; empty while the task has not failed.",
            },
        ];
        /// A value with every required field; optional ones are set with the methods below.
        pub fn new() -> Self {
            Self { message: None, code: None }
        }
        /// Sets `message`.
        pub fn message(mut self, value: impl Into<String>) -> Self {
            self.message = Some(value.into());
            self
        }
        /// Sets `code`.
        pub fn code(mut self, value: impl Into<String>) -> Self {
            self.code = Some(value.into());
            self
        }
    }
    impl Default for TaskError {
        fn default() -> Self {
            Self::new()
        }
    }
    rt::object!(TaskError);
    /// Output object some channels return.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Output {
        /// Final video URL.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
    }
    impl Output {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::spec::Field] = &[
            rt::spec::Field {
                wire: "url",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Final video URL.",
            },
        ];
        /// A value with every required field; optional ones are set with the methods below.
        pub fn new() -> Self {
            Self { url: None }
        }
        /// Sets `url`.
        pub fn url(mut self, value: impl Into<String>) -> Self {
            self.url = Some(value.into());
            self
        }
    }
    impl Default for Output {
        fn default() -> Self {
            Self::new()
        }
    }
    rt::object!(Output);
    /// Nested detail object some channels return.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Detail {
        /// Final video URL.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
    }
    impl Detail {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::spec::Field] = &[
            rt::spec::Field {
                wire: "url",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Final video URL.",
            },
        ];
        /// A value with every required field; optional ones are set with the methods below.
        pub fn new() -> Self {
            Self { url: None }
        }
        /// Sets `url`.
        pub fn url(mut self, value: impl Into<String>) -> Self {
            self.url = Some(value.into());
            self
        }
    }
    impl Default for Detail {
        fn default() -> Self {
            Self::new()
        }
    }
    rt::object!(Detail);
    /// Create a Grok video task (text-to-video, or image-to-video with input_reference files).
    ///
    /// `POST /v1/videos` with a multipart body.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct CreateRequest {
        /// Model name; grok-video-3, grok-video-3-pro or grok-video-3-max.
        pub model: Model,
        /// Prompt text.
        pub prompt: String,
        /// Aspect ratio; common values are 2:3, 3:2 and 1:1.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub aspect_ratio: Option<String>,
        /// Target length in seconds. For grok-video-3-pro and grok-video-3-max the server corrects it to the fixed value (10 and 15).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub seconds: Option<i64>,
        /// Resolution tier; common values are 720P and 1080P.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub size: Option<String>,
        /// Reference image file; repeat the part to upload several images (image-to-video).
        ///
        /// Formats: png, jpeg, webp.
        #[serde(default, skip_serializing)]
        pub input_reference: Option<Vec<rt::Upload>>,
    }
    impl CreateRequest {
        /// A value with every required field; optional ones are set with the methods below.
        pub fn new(model: Model, prompt: impl Into<String>) -> Self {
            Self {
                model,
                prompt: prompt.into(),
                aspect_ratio: None,
                seconds: None,
                size: None,
                input_reference: None,
            }
        }
        /// Sets `aspect_ratio`.
        pub fn aspect_ratio(mut self, value: impl Into<String>) -> Self {
            self.aspect_ratio = Some(value.into());
            self
        }
        /// Sets `seconds`.
        pub fn seconds(mut self, value: i64) -> Self {
            self.seconds = Some(value);
            self
        }
        /// Sets `size`.
        pub fn size(mut self, value: impl Into<String>) -> Self {
            self.size = Some(value.into());
            self
        }
        /// Sets `input_reference`.
        pub fn input_reference(mut self, value: Vec<rt::Upload>) -> Self {
            self.input_reference = Some(value);
            self
        }
    }
    impl rt::FieldAccess for CreateRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "model" => rt::FieldValue::field_ref(&self.model),
                "prompt" => rt::FieldValue::field_ref(&self.prompt),
                "aspect_ratio" => rt::FieldValue::field_ref(&self.aspect_ratio),
                "seconds" => rt::FieldValue::field_ref(&self.seconds),
                "size" => rt::FieldValue::field_ref(&self.size),
                "input_reference" => rt::FieldValue::field_ref(&self.input_reference),
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
            out.text("model", &self.model);
            out.text("prompt", &self.prompt);
            out.text("aspect_ratio", &self.aspect_ratio);
            out.text("seconds", &self.seconds);
            out.text("size", &self.size);
            out.file("input_reference", &self.input_reference);
        }
        fn check_files(&self, violations: &mut rt::Violations) {
            rt::check_uploads(
                "input_reference",
                &self.input_reference,
                &["png", "jpeg", "webp"],
                violations,
            );
        }
        /// The operation's rules and list limits, checked on the fields with the spec's values
        /// inlined (`validate` runs the rule engine, which words the violations, only when this is
        /// false):
        ///
        /// - `rule_0`: "grok-video-3-pro always renders 10 seconds"
        /// - `rule_1`: "grok-video-3-max always renders 15 seconds"
        #[inline]
        fn rules_hold(&self) -> bool {
            let model = rt::FieldValue::field_ref(&self.model);
            let seconds = rt::FieldValue::field_ref(&self.seconds);
            let rule_0 = !model.equals_any(&[rt::spec::Scalar::Str("grok-video-3-pro")])
                || seconds.fixed_ok(&rt::spec::Scalar::Int(10));
            let rule_1 = !model.equals_any(&[rt::spec::Scalar::Str("grok-video-3-max")])
                || seconds.fixed_ok(&rt::spec::Scalar::Int(15));
            rule_0 && rule_1
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
        /// Task id.
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub id: Option<String>,
        /// Always "video".
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub object: Option<String>,
        /// The model actually submitted.
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub model: Option<String>,
        /// Task status.
        #[serde(
            default,
            deserialize_with = "rt::lenient::any",
            skip_serializing_if = "Option::is_none"
        )]
        pub status: Option<rt::Open<Status>>,
        /// Progress percentage.
        #[serde(
            default,
            deserialize_with = "rt::lenient::integer",
            skip_serializing_if = "Option::is_none"
        )]
        pub progress: Option<i64>,
        /// Creation Unix timestamp.
        #[serde(
            default,
            deserialize_with = "rt::lenient::integer",
            skip_serializing_if = "Option::is_none"
        )]
        pub created_at: Option<i64>,
        /// Output resolution tier.
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub size: Option<String>,
    }
    impl CreateResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::spec::Field] = &[
            rt::spec::Field {
                wire: "id",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Task id.",
            },
            rt::spec::Field {
                wire: "object",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Always \"video\".",
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
                description: "The model actually submitted.",
            },
            rt::spec::Field {
                wire: "status",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Enum(<Status as rt::WireEnum>::INFO),
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Task status.",
            },
            rt::spec::Field {
                wire: "progress",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Integer,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Progress percentage.",
            },
            rt::spec::Field {
                wire: "created_at",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Integer,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Creation Unix timestamp.",
            },
            rt::spec::Field {
                wire: "size",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Output resolution tier.",
            },
        ];
    }
    /// Get a video task's status and result.
    ///
    /// `GET /v1/videos/{task_id}`.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct QueryRequest {
        /// The id returned by create (for example video_abc123).
        #[serde(skip_serializing)]
        pub task_id: String,
    }
    impl QueryRequest {
        /// A value with every required field; optional ones are set with the methods below.
        pub fn new(task_id: impl Into<String>) -> Self {
            Self { task_id: task_id.into() }
        }
    }
    impl rt::FieldAccess for QueryRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "task_id" => rt::FieldValue::field_ref(&self.task_id),
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
            out.path("task_id", &self.task_id);
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
        /// Task id.
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub id: Option<String>,
        /// Always "video".
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub object: Option<String>,
        /// Model name.
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub model: Option<String>,
        /// Task status; the query page lists processing, failed and completed.
        #[serde(
            default,
            deserialize_with = "rt::lenient::any",
            skip_serializing_if = "Option::is_none"
        )]
        pub status: Option<rt::Open<Status>>,
        /// Progress percentage, 0 to 100.
        #[serde(
            default,
            deserialize_with = "rt::lenient::integer",
            skip_serializing_if = "Option::is_none"
        )]
        pub progress: Option<i64>,
        /// Creation Unix timestamp.
        #[serde(
            default,
            deserialize_with = "rt::lenient::integer",
            skip_serializing_if = "Option::is_none"
        )]
        pub created_at: Option<i64>,
        /// Completion Unix timestamp; 0 until the task finishes.
        #[serde(
            default,
            deserialize_with = "rt::lenient::integer",
            skip_serializing_if = "Option::is_none"
        )]
        pub completed_at: Option<i64>,
        /// Unix timestamp when the result expires.
        #[serde(
            default,
            deserialize_with = "rt::lenient::integer",
            skip_serializing_if = "Option::is_none"
        )]
        pub expires_at: Option<i64>,
        /// Video length in seconds, as a string (for example "6").
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub seconds: Option<String>,
        /// Resolution tier.
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub size: Option<String>,
        /// Source video id for remixes; empty otherwise.
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub remixed_from_video_id: Option<String>,
        /// Failure reason.
        #[serde(
            default,
            deserialize_with = "rt::lenient::any",
            skip_serializing_if = "Option::is_none"
        )]
        pub error: Option<TaskError>,
        /// Final video URL; empty until done.
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub video_url: Option<String>,
        /// Output object; geeknow's plugin script prefers output.url over video_url.
        #[serde(
            default,
            deserialize_with = "rt::lenient::any",
            skip_serializing_if = "Option::is_none"
        )]
        pub output: Option<Output>,
        /// Final video URL on some channels.
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub url: Option<String>,
        /// Nested detail object on some channels.
        #[serde(
            default,
            deserialize_with = "rt::lenient::any",
            skip_serializing_if = "Option::is_none"
        )]
        pub detail: Option<Detail>,
    }
    impl QueryResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::spec::Field] = &[
            rt::spec::Field {
                wire: "id",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Task id.",
            },
            rt::spec::Field {
                wire: "object",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Always \"video\".",
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
                description: "Model name.",
            },
            rt::spec::Field {
                wire: "status",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Enum(<Status as rt::WireEnum>::INFO),
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Task status; the query page lists processing, failed and completed.",
            },
            rt::spec::Field {
                wire: "progress",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Integer,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Progress percentage, 0 to 100.",
            },
            rt::spec::Field {
                wire: "created_at",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Integer,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Creation Unix timestamp.",
            },
            rt::spec::Field {
                wire: "completed_at",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Integer,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Completion Unix timestamp; 0 until the task finishes.",
            },
            rt::spec::Field {
                wire: "expires_at",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Integer,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Unix timestamp when the result expires.",
            },
            rt::spec::Field {
                wire: "seconds",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Video length in seconds, as a string (for example \"6\").",
            },
            rt::spec::Field {
                wire: "size",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Resolution tier.",
            },
            rt::spec::Field {
                wire: "remixed_from_video_id",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Source video id for remixes; empty otherwise.",
            },
            rt::spec::Field {
                wire: "error",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Object(TaskError::FIELDS),
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Failure reason.",
            },
            rt::spec::Field {
                wire: "video_url",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Final video URL; empty until done.",
            },
            rt::spec::Field {
                wire: "output",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Object(Output::FIELDS),
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Output object; geeknow's plugin script prefers output.url over video_url.",
            },
            rt::spec::Field {
                wire: "url",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Final video URL on some channels.",
            },
            rt::spec::Field {
                wire: "detail",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Object(Detail::FIELDS),
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Nested detail object on some channels.",
            },
        ];
    }
    /// Download the finished video (fallback when downloading video_url fails). Proxies the file as video/mp4; some gateways answer with a 302 redirect instead, which must be followed. Errors come back as JSON.
    ///
    /// `GET /v1/videos/{task_id}/content`.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct ContentRequest {
        /// The task id.
        #[serde(skip_serializing)]
        pub task_id: String,
    }
    impl ContentRequest {
        /// A value with every required field; optional ones are set with the methods below.
        pub fn new(task_id: impl Into<String>) -> Self {
            Self { task_id: task_id.into() }
        }
    }
    impl rt::FieldAccess for ContentRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "task_id" => rt::FieldValue::field_ref(&self.task_id),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for ContentRequest {
        type Response = ContentResponse;
        fn operation() -> &'static rt::spec::Operation {
            &PROVIDER.operations[2]
        }
        fn write_params(&self, out: &mut rt::Params) {
            out.path("task_id", &self.task_id);
        }
        /// No rules and no list limits: nothing to check across fields.
        #[inline]
        fn rules_hold(&self) -> bool {
            true
        }
    }
    /// Reply of `content`: the file itself, streamed (see `Content`).
    pub type ContentResponse = rt::Content;
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
            "content" => client.call_json::<ContentRequest>(json).await,
            other => {
                Err(
                    rt::Error::Config(
                        format!("{} has no operation `{other}`", "geeknow"),
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
            other => {
                Err(
                    rt::Error::Config(
                        format!(
                            "{} has no operation `{other}` with a JSON reply", "geeknow"
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
            "content" => rt::encode::<ContentRequest>(json),
            other => {
                Err(
                    rt::Error::Config(
                        format!("{} has no operation `{other}`", "geeknow"),
                    ),
                )
            }
        }
    }
    rt::client!(
        #[doc =
        " A client for GeekNow. The key is read from `GEEKNOW_API_KEY` by [`Client::from_env`]; the base URL, timeouts and retries come from `grokvid::ClientConfig`."]
        Client, PROVIDER
    );
    impl Client {
        /// Create a Grok video task (text-to-video, or image-to-video with input_reference files).
        ///
        /// `POST /v1/videos`. A create call is paid: it is never retried once it may have reached the vendor.
        pub async fn create(
            &self,
            request: &CreateRequest,
        ) -> Result<rt::Reply<CreateResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Get a video task's status and result.
        ///
        /// `GET /v1/videos/{task_id}`.
        pub async fn query(
            &self,
            request: &QueryRequest,
        ) -> Result<rt::Reply<QueryResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Download the finished video (fallback when downloading video_url fails). Proxies the file as video/mp4; some gateways answer with a 302 redirect instead, which must be followed. Errors come back as JSON.
        ///
        /// `GET /v1/videos/{task_id}/content`.
        pub async fn content(
            &self,
            request: &ContentRequest,
        ) -> Result<rt::Content, rt::Error> {
            self.inner.fetch_content(request).await
        }
    }
}
