// Generated from specs/unified.yaml by grokvid-codegen; do not edit. Refresh: UPDATE_SNAPSHOTS=1 cargo test -p grokvid-tests --test snapshots
/// Unified video format (aimanyi template): generated from `specs/unified.yaml`.
///
/// The "unified format" video API shared by several resellers (aimanyi, kkiai, gptplus5, deepwl, anyapi, octopusx). Create with POST /v1/video/create, poll with GET /v1/video/query?id=. The seed's vendor documents no host; the default base URL is https://www.kkiai.com, which serves the same template. Override it for other hosts (for example https://az.gptplus5.com).
///
/// Vendor docs: <https://doc.aimanyi.top/api-384123355.html>
pub mod unified {
    use ::grokvid::rt;
    /// Everything the runtime needs to know about this provider, read from its spec.
    pub static PROVIDER: rt::spec::Provider = rt::spec::Provider {
        id: "unified",
        name: "Unified video format (aimanyi template)",
        base_url: "https://www.kkiai.com",
        docs: "https://doc.aimanyi.top/api-384123355.html",
        auth: rt::spec::Auth {
            location: rt::spec::AuthLocation::Header,
            name: "Authorization",
            prefix: "Bearer ",
            env: "UNIFIED_API_KEY",
        },
        polling: rt::spec::Polling {
            min_interval_ms: 0,
            suggested_interval_ms: 0,
        },
        envelope: None,
        errors: rt::spec::ErrorPaths {
            code: &[],
            message: &[],
        },
        operations: &[
            rt::spec::Operation {
                name: "create",
                role: rt::spec::Role::Create,
                method: rt::spec::Method::Post,
                path: rt::spec::PathTemplate::new(
                    &[rt::spec::Seg::Lit("/v1/video/create")],
                ),
                body: rt::spec::BodyKind::Json,
                wrap: None,
                headers: &[("Accept", "application/json")],
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
                        description: "Model name, grok-video-3.",
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
                        description: "Prompt text. Option flags may be appended, as in the example \"cat fish --mode=custom\".",
                    },
                    rt::spec::Field {
                        wire: "aspect_ratio",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::Enum(
                                <AspectRatio as rt::WireEnum>::INFO,
                            ),
                            limits: rt::spec::Limits::NONE,
                        },
                        required: false,
                        default: None,
                        client_default: false,
                        task_id: false,
                        description: "Aspect ratio; the docs list 2:3, 3:2 and 1:1 and the example sends 9:16. With reference images the ratio follows the image size.",
                    },
                    rt::spec::Field {
                        wire: "size",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::Enum(<Size as rt::WireEnum>::INFO),
                            limits: rt::spec::Limits::NONE,
                        },
                        required: false,
                        default: None,
                        client_default: false,
                        task_id: false,
                        description: "Resolution, 720P or 1080P (some copies of the page say only 720P is available for now).",
                    },
                    rt::spec::Field {
                        wire: "images",
                        location: rt::spec::ParamLocation::Body,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::List(
                                &rt::spec::Shape {
                                    kind: rt::spec::Kind::Url,
                                    limits: rt::spec::Limits::NONE,
                                },
                            ),
                            limits: rt::spec::Limits::NONE,
                        },
                        required: false,
                        default: None,
                        client_default: false,
                        task_id: false,
                        description: "Reference image links (image-to-video). Empty or omitted for text-to-video.",
                    },
                ],
                consts: &[],
                rules: &[],
                response: rt::spec::Response {
                    fields: CreateResponse::FIELDS,
                    task: Some(rt::spec::TaskMapping {
                        id: &["id"],
                        status: &[
                            rt::spec::StatusStep::Word {
                                path: "status",
                                map: &[
                                    ("pending", rt::TaskStatus::Queued),
                                    ("processing", rt::TaskStatus::Processing),
                                    ("completed", rt::TaskStatus::Completed),
                                    ("failed", rt::TaskStatus::Failed),
                                ],
                            },
                            rt::spec::StatusStep::When {
                                test: None,
                                then: rt::TaskStatus::Queued,
                                message: None,
                            },
                        ],
                        progress: &["progress"],
                        video_url: &["video_url"],
                        error: &[],
                        error_code: &[],
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
                    duration: None,
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
                        field: "images",
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
                    &[rt::spec::Seg::Lit("/v1/video/query")],
                ),
                body: rt::spec::BodyKind::None,
                wrap: None,
                headers: &[("Accept", "application/json")],
                params: &[
                    rt::spec::Field {
                        wire: "id",
                        location: rt::spec::ParamLocation::Query,
                        shape: rt::spec::Shape {
                            kind: rt::spec::Kind::String,
                            limits: rt::spec::Limits::NONE,
                        },
                        required: true,
                        default: None,
                        client_default: false,
                        task_id: true,
                        description: "The id returned by create (for example grok:<uuid>).",
                    },
                ],
                consts: &[],
                rules: &[],
                response: rt::spec::Response {
                    fields: QueryResponse::FIELDS,
                    task: Some(rt::spec::TaskMapping {
                        id: &["id"],
                        status: &[
                            rt::spec::StatusStep::Word {
                                path: "status",
                                map: &[
                                    ("pending", rt::TaskStatus::Queued),
                                    ("queued", rt::TaskStatus::Queued),
                                    ("processing", rt::TaskStatus::Processing),
                                    ("in_progress", rt::TaskStatus::Processing),
                                    ("completed", rt::TaskStatus::Completed),
                                    ("succeeded", rt::TaskStatus::Completed),
                                    ("failed", rt::TaskStatus::Failed),
                                    (
                                        "unknown",
                                        rt::TaskStatus::Unknown(::std::string::String::new()),
                                    ),
                                ],
                            },
                        ],
                        progress: &["progress"],
                        video_url: &["video_url"],
                        error: &[],
                        error_code: &[],
                    }),
                    tasks_at: None,
                    media: None,
                },
                unified: None,
            },
        ],
    };
    /// Video models offered through the unified format.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Model {
        /// `grok-video-3`: Grok video model.
        GrokVideo3,
    }
    impl rt::WireEnum for Model {
        const INFO: &'static rt::spec::EnumInfo = &rt::spec::EnumInfo {
            name: "Model",
            values: &[rt::spec::Scalar::Str("grok-video-3")],
            aliases: &[],
        };
        const ALL: &'static [Self] = &[Self::GrokVideo3];
    }
    rt::wire_enum!(Model);
    /// Task status words of the unified format.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Status {
        /// `pending`: Waiting to start (listed on deepwl's same-format Veo page).
        Pending,
        /// `processing`: Being generated.
        Processing,
        /// `completed`: Finished; video_url holds the result.
        Completed,
        /// `failed`: The task failed.
        Failed,
        /// `unknown`: The upstream state is not known; normalized to unknown.
        Unknown,
    }
    impl rt::WireEnum for Status {
        const INFO: &'static rt::spec::EnumInfo = &rt::spec::EnumInfo {
            name: "Status",
            values: &[
                rt::spec::Scalar::Str("pending"),
                rt::spec::Scalar::Str("processing"),
                rt::spec::Scalar::Str("completed"),
                rt::spec::Scalar::Str("failed"),
                rt::spec::Scalar::Str("unknown"),
            ],
            aliases: &[],
        };
        const ALL: &'static [Self] = &[
            Self::Pending,
            Self::Processing,
            Self::Completed,
            Self::Failed,
            Self::Unknown,
        ];
    }
    rt::wire_enum!(Status);
    /// Aspect ratio; the docs list 2:3, 3:2 and 1:1 and the example sends 9:16. With reference images the ratio follows the image size.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum AspectRatio {
        /// `2:3`
        R2x3,
        /// `3:2`
        R3x2,
        /// `1:1`
        R1x1,
        /// `9:16`
        R9x16,
        /// `16:9`
        R16x9,
    }
    impl rt::WireEnum for AspectRatio {
        const INFO: &'static rt::spec::EnumInfo = &rt::spec::EnumInfo {
            name: "AspectRatio",
            values: &[
                rt::spec::Scalar::Str("2:3"),
                rt::spec::Scalar::Str("3:2"),
                rt::spec::Scalar::Str("1:1"),
                rt::spec::Scalar::Str("9:16"),
                rt::spec::Scalar::Str("16:9"),
            ],
            aliases: &[],
        };
        const ALL: &'static [Self] = &[
            Self::R2x3,
            Self::R3x2,
            Self::R1x1,
            Self::R9x16,
            Self::R16x9,
        ];
    }
    rt::wire_enum!(AspectRatio);
    /// Resolution, 720P or 1080P (some copies of the page say only 720P is available for now).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Size {
        /// `720P`
        P720,
        /// `1080P`
        P1080,
    }
    impl rt::WireEnum for Size {
        const INFO: &'static rt::spec::EnumInfo = &rt::spec::EnumInfo {
            name: "Size",
            values: &[rt::spec::Scalar::Str("720P"), rt::spec::Scalar::Str("1080P")],
            aliases: &[],
        };
        const ALL: &'static [Self] = &[Self::P720, Self::P1080];
    }
    rt::wire_enum!(Size);
    /// Create a video task (text-to-video, or image-to-video when images are given).
    ///
    /// `POST /v1/video/create` with a JSON body.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct CreateRequest {
        /// Model name, grok-video-3.
        pub model: Model,
        /// Prompt text. Option flags may be appended, as in the example "cat fish --mode=custom".
        pub prompt: String,
        /// Aspect ratio; the docs list 2:3, 3:2 and 1:1 and the example sends 9:16. With reference images the ratio follows the image size.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub aspect_ratio: Option<AspectRatio>,
        /// Resolution, 720P or 1080P (some copies of the page say only 720P is available for now).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub size: Option<Size>,
        /// Reference image links (image-to-video). Empty or omitted for text-to-video.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub images: Option<Vec<rt::Url>>,
    }
    impl CreateRequest {
        /// A value with every required field; optional ones are set with the methods below.
        pub fn new(model: Model, prompt: impl Into<String>) -> Self {
            Self {
                model,
                prompt: prompt.into(),
                aspect_ratio: None,
                size: None,
                images: None,
            }
        }
        /// Sets `aspect_ratio`.
        pub fn aspect_ratio(mut self, value: AspectRatio) -> Self {
            self.aspect_ratio = Some(value);
            self
        }
        /// Sets `size`.
        pub fn size(mut self, value: Size) -> Self {
            self.size = Some(value);
            self
        }
        /// Sets `images`.
        pub fn images(mut self, value: Vec<rt::Url>) -> Self {
            self.images = Some(value);
            self
        }
    }
    impl rt::FieldAccess for CreateRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "model" => rt::FieldValue::field_ref(&self.model),
                "prompt" => rt::FieldValue::field_ref(&self.prompt),
                "aspect_ratio" => rt::FieldValue::field_ref(&self.aspect_ratio),
                "size" => rt::FieldValue::field_ref(&self.size),
                "images" => rt::FieldValue::field_ref(&self.images),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for CreateRequest {
        type Response = CreateResponse;
        fn operation() -> &'static rt::spec::Operation {
            &PROVIDER.operations[0]
        }
        /// No rules and no list limits: nothing to check across fields.
        #[inline]
        fn rules_hold(&self) -> bool {
            true
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
        /// Task id, usually shaped like grok:<uuid>; pass it to query.
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub id: Option<String>,
        /// Task status.
        #[serde(
            default,
            deserialize_with = "rt::lenient::any",
            skip_serializing_if = "Option::is_none"
        )]
        pub status: Option<rt::Open<Status>>,
        /// Unix time of the last status change, in seconds or milliseconds depending on the upstream.
        #[serde(
            default,
            deserialize_with = "rt::lenient::integer",
            skip_serializing_if = "Option::is_none"
        )]
        pub status_update_time: Option<i64>,
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
                description: "Task id, usually shaped like grok:<uuid>; pass it to query.",
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
                wire: "status_update_time",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Integer,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Unix time of the last status change, in seconds or milliseconds depending on the upstream.",
            },
        ];
    }
    /// Query a task created with /v1/video/create (send no body).
    ///
    /// `GET /v1/video/query`.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct QueryRequest {
        /// The id returned by create (for example grok:<uuid>).
        #[serde(skip_serializing)]
        pub id: String,
    }
    impl QueryRequest {
        /// A value with every required field; optional ones are set with the methods below.
        pub fn new(id: impl Into<String>) -> Self {
            Self { id: id.into() }
        }
    }
    impl rt::FieldAccess for QueryRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "id" => rt::FieldValue::field_ref(&self.id),
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
            out.query("id", &self.id);
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
        /// Task status; Grok tasks report processing, completed, failed or unknown.
        #[serde(
            default,
            deserialize_with = "rt::lenient::any",
            skip_serializing_if = "Option::is_none"
        )]
        pub status: Option<rt::Open<Status>>,
        /// Final video URL; null until the task completes.
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub video_url: Option<String>,
        /// The prompt as rewritten by the upstream.
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub enhanced_prompt: Option<String>,
        /// Unix time of the last status change, in seconds or milliseconds depending on the upstream.
        #[serde(
            default,
            deserialize_with = "rt::lenient::integer",
            skip_serializing_if = "Option::is_none"
        )]
        pub status_update_time: Option<i64>,
        /// Progress percentage; present only in some responses.
        #[serde(
            default,
            deserialize_with = "rt::lenient::integer",
            skip_serializing_if = "Option::is_none"
        )]
        pub progress: Option<i64>,
        /// Optional echo of the prompt.
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub prompt: Option<String>,
        /// Optional echo of the aspect ratio.
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub ratio: Option<String>,
        /// Thumbnail URL, optional, after completion.
        #[serde(
            default,
            deserialize_with = "rt::lenient::string",
            skip_serializing_if = "Option::is_none"
        )]
        pub thumbnail_url: Option<String>,
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
                description: "Task status; Grok tasks report processing, completed, failed or unknown.",
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
                description: "Final video URL; null until the task completes.",
            },
            rt::spec::Field {
                wire: "enhanced_prompt",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "The prompt as rewritten by the upstream.",
            },
            rt::spec::Field {
                wire: "status_update_time",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::Integer,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Unix time of the last status change, in seconds or milliseconds depending on the upstream.",
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
                description: "Progress percentage; present only in some responses.",
            },
            rt::spec::Field {
                wire: "prompt",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Optional echo of the prompt.",
            },
            rt::spec::Field {
                wire: "ratio",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Optional echo of the aspect ratio.",
            },
            rt::spec::Field {
                wire: "thumbnail_url",
                location: rt::spec::ParamLocation::Body,
                shape: rt::spec::Shape {
                    kind: rt::spec::Kind::String,
                    limits: rt::spec::Limits::NONE,
                },
                required: false,
                default: None,
                client_default: false,
                task_id: false,
                description: "Thumbnail URL, optional, after completion.",
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
            other => {
                Err(
                    rt::Error::Config(
                        format!("{} has no operation `{other}`", "unified"),
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
                            "{} has no operation `{other}` with a JSON reply", "unified"
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
            other => {
                Err(
                    rt::Error::Config(
                        format!("{} has no operation `{other}`", "unified"),
                    ),
                )
            }
        }
    }
    rt::client!(
        #[doc =
        " A client for Unified video format (aimanyi template). The key is read from `UNIFIED_API_KEY` by [`Client::from_env`]; the base URL, timeouts and retries come from `grokvid::ClientConfig`."]
        Client, PROVIDER
    );
    impl Client {
        /// Create a video task (text-to-video, or image-to-video when images are given).
        ///
        /// `POST /v1/video/create`. A create call is paid: it is never retried once it may have reached the vendor.
        pub async fn create(
            &self,
            request: &CreateRequest,
        ) -> Result<rt::Reply<CreateResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Query a task created with /v1/video/create (send no body).
        ///
        /// `GET /v1/video/query`.
        pub async fn query(
            &self,
            request: &QueryRequest,
        ) -> Result<rt::Reply<QueryResponse>, rt::Error> {
            self.inner.send(request).await
        }
    }
}
