// Generated from specs/xai.yaml by grokvid-codegen; do not edit. Refresh: UPDATE_SNAPSHOTS=1 cargo test -p grokvid-tests --test snapshots
/// xAI: generated from `specs/xai.yaml`.
///
/// xAI's own Grok Imagine video API. Three create endpoints (generations for text-, image- and reference-to-video, edits, extensions) return only a request_id; GET /v1/videos/{request_id} serves all three. A failed task is also HTTP 200, and a "done" video with respect_moderation false was blocked.
///
/// Vendor docs: <https://docs.x.ai/docs/guides/video-generations>
pub mod xai {
    use ::grokvid::rt;
    rt::client!(
        #[doc =
        " A client for xAI. The key is read from `XAI_API_KEY` by [`Client::from_env`]; the base URL, timeouts and retries come from `grokvid::ClientConfig`."]
        Client, PROVIDER
    );
    impl Client {
        /// Generate a video: text-to-video, image-to-video (image) or reference-to-video (reference_images); one mode per request.
        ///
        /// `POST /v1/videos/generations`. A create call is paid: it is never retried once it may have reached the vendor.
        pub async fn generations(
            &self,
            request: &GenerationsRequest,
        ) -> Result<rt::Reply<GenerationsResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Edit an existing video (input limited to about 8.7 s).
        ///
        /// `POST /v1/videos/edits`. A create call is paid: it is never retried once it may have reached the vendor.
        pub async fn edits(
            &self,
            request: &EditsRequest,
        ) -> Result<rt::Reply<EditsResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Continue a video from its last frame.
        ///
        /// `POST /v1/videos/extensions`. A create call is paid: it is never retried once it may have reached the vendor.
        pub async fn extensions(
            &self,
            request: &ExtensionsRequest,
        ) -> Result<rt::Reply<ExtensionsResponse>, rt::Error> {
            self.inner.send(request).await
        }
        /// Get the result of a deferred video request (all three modes).
        ///
        /// `GET /v1/videos/{request_id}`.
        pub async fn query(
            &self,
            request: &QueryRequest,
        ) -> Result<rt::Reply<QueryResponse>, rt::Error> {
            self.inner.send(request).await
        }
    }
    /// An input image (its presence selects image-to-video).
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct ImageRef {
        /// Public https URL or base64 data URL (data:image/...;base64,...).
        pub url: rt::Url,
    }
    impl ImageRef {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("url", rt::Shape::URL)
                .required()
                .doc("Public https URL or base64 data URL (data:image/...;base64,...)."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(url: rt::Url) -> Self {
            Self { url }
        }
    }
    rt::object!(ImageRef);
    /// A reference image for reference-to-video, given by URL or by Files API id.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct ReferenceImage {
        /// Public https URL or base64 data URL.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub url: Option<rt::Url>,
        /// Id of a file uploaded with the Files API.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub file_id: Option<String>,
    }
    impl ReferenceImage {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("url", rt::Shape::URL)
                .doc("Public https URL or base64 data URL."),
            rt::Field::body("file_id", rt::Shape::STRING)
                .doc("Id of a file uploaded with the Files API."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self { url: None, file_id: None }
        }
    }
    rt::default_is_new!(ReferenceImage);
    rt::object!(ReferenceImage);
    /// An input video.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct VideoRef {
        /// Public URL or base64 data URL of an .mp4 video (H.264, H.265 or AV1).
        pub url: rt::Url,
    }
    impl VideoRef {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("url", rt::Shape::URL)
                .required()
                .doc(
                    "Public URL or base64 data URL of an .mp4 video (H.264, H.265 or AV1).",
                ),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(url: rt::Url) -> Self {
            Self { url }
        }
    }
    rt::object!(VideoRef);
    /// Where xAI uploads the result instead of returning a URL.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    pub struct Output {
        /// Signed URL; xAI uploads the finished video to it with HTTP PUT.
        pub upload_url: rt::Url,
    }
    impl Output {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("upload_url", rt::Shape::URL)
                .required()
                .doc("Signed URL; xAI uploads the finished video to it with HTTP PUT."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(upload_url: rt::Url) -> Self {
            Self { upload_url }
        }
    }
    rt::object!(Output);
    /// Output aspect ratio.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum AspectRatio {
        /// `1:1`
        R1x1,
        /// `16:9`
        R16x9,
        /// `9:16`
        R9x16,
        /// `4:3`
        R4x3,
        /// `3:4`
        R3x4,
        /// `3:2`
        R3x2,
        /// `2:3`
        R2x3,
    }
    impl rt::WireEnum for AspectRatio {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "AspectRatio",
            &[
                rt::Scalar::Str("1:1"),
                rt::Scalar::Str("16:9"),
                rt::Scalar::Str("9:16"),
                rt::Scalar::Str("4:3"),
                rt::Scalar::Str("3:4"),
                rt::Scalar::Str("3:2"),
                rt::Scalar::Str("2:3"),
            ],
        );
        const ALL: &'static [Self] = &[
            Self::R1x1,
            Self::R16x9,
            Self::R9x16,
            Self::R4x3,
            Self::R3x4,
            Self::R3x2,
            Self::R2x3,
        ];
    }
    rt::wire_enum!(AspectRatio);
    /// Output resolution.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Resolution {
        /// `480p`
        P480,
        /// `720p`
        P720,
    }
    impl rt::WireEnum for Resolution {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Resolution",
            &[rt::Scalar::Str("480p"), rt::Scalar::Str("720p")],
        );
        const ALL: &'static [Self] = &[Self::P480, Self::P720];
    }
    rt::wire_enum!(Resolution);
    /// Output size in pixels (deprecated; use aspect_ratio and resolution).
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Size {
        /// `848x480`
        V848x480,
        /// `1696x960`
        V1696x960,
        /// `1280x720`
        V1280x720,
        /// `1920x1080`
        V1920x1080,
    }
    impl rt::WireEnum for Size {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Size",
            &[
                rt::Scalar::Str("848x480"),
                rt::Scalar::Str("1696x960"),
                rt::Scalar::Str("1280x720"),
                rt::Scalar::Str("1920x1080"),
            ],
        );
        const ALL: &'static [Self] = &[
            Self::V848x480,
            Self::V1696x960,
            Self::V1280x720,
            Self::V1920x1080,
        ];
    }
    rt::wire_enum!(Size);
    /// Task status words.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
    pub enum Status {
        /// `pending`: Still being generated.
        Pending,
        /// `queued`: Queued (listed in CometAPI's copy of the schema).
        Queued,
        /// `processing`: Being generated (listed in CometAPI's copy of the schema).
        Processing,
        /// `done`: Finished; the video is at video.url unless respect_moderation is false.
        Done,
        /// `expired`: The result expired.
        Expired,
        /// `failed`: Failed; see error.
        Failed,
    }
    impl rt::WireEnum for Status {
        const INFO: &'static rt::EnumInfo = &rt::EnumInfo::new(
            "Status",
            &[
                rt::Scalar::Str("pending"),
                rt::Scalar::Str("queued"),
                rt::Scalar::Str("processing"),
                rt::Scalar::Str("done"),
                rt::Scalar::Str("expired"),
                rt::Scalar::Str("failed"),
            ],
        );
        const ALL: &'static [Self] = &[
            Self::Pending,
            Self::Queued,
            Self::Processing,
            Self::Done,
            Self::Expired,
            Self::Failed,
        ];
    }
    rt::wire_enum!(Status);
    /// The generated video.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct Video {
        /// Temporary video URL.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub url: Option<String>,
        /// Video length in seconds.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        #[serde(serialize_with = "rt::serialize_number")]
        pub duration: Option<f64>,
        /// False when the video was blocked by moderation.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub respect_moderation: Option<bool>,
    }
    impl Video {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("url", rt::Shape::STRING).doc("Temporary video URL."),
            rt::Field::body("duration", rt::Shape::NUMBER)
                .doc("Video length in seconds."),
            rt::Field::body("respect_moderation", rt::Shape::BOOLEAN)
                .doc("False when the video was blocked by moderation."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self {
                url: None,
                duration: None,
                respect_moderation: None,
            }
        }
    }
    rt::default_is_new!(Video);
    rt::object!(Video);
    /// Billing information.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct Usage {
        /// Cost in USD ticks.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub cost_in_usd_ticks: Option<i64>,
    }
    impl Usage {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("cost_in_usd_ticks", rt::Shape::INTEGER)
                .doc("Cost in USD ticks."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self { cost_in_usd_ticks: None }
        }
    }
    rt::default_is_new!(Usage);
    rt::object!(Usage);
    /// Error details of a failed task.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    pub struct ApiError {
        /// Error code (a string such as internal_error, or an integer).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub code: Option<rt::serde_json::Value>,
        /// Error message.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub message: Option<String>,
    }
    impl ApiError {
        /// Field table read by the runtime validator and the simulator.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("code", rt::Shape::JSON)
                .doc("Error code (a string such as internal_error, or an integer)."),
            rt::Field::body("message", rt::Shape::STRING).doc("Error message."),
        ];
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new() -> Self {
            Self { code: None, message: None }
        }
    }
    rt::default_is_new!(ApiError);
    rt::object!(ApiError);
    /// Video length in seconds, 1 to 15 (at most 10 with reference_images). Default 8 (per withone.ai).
    ///
    /// Checked on construction: 1 ≤ value ≤ 15.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct Duration(i64);
    impl Duration {
        /// The limits the vendor documents.
        pub const LIMITS: rt::Limits = rt::Limits::NONE.with_min(1.0).with_max(15.0);
    }
    rt::newtype!(Duration, i64, "duration");
    /// Length of the extension in seconds, 2 to 10.
    ///
    /// Checked on construction: 2 ≤ value ≤ 10.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
    pub struct ExtensionsDuration(i64);
    impl ExtensionsDuration {
        /// The limits the vendor documents.
        pub const LIMITS: rt::Limits = rt::Limits::NONE.with_min(2.0).with_max(10.0);
    }
    rt::newtype!(ExtensionsDuration, i64, "duration");
    /// Generate a video: text-to-video, image-to-video (image) or reference-to-video (reference_images); one mode per request.
    ///
    /// `POST /v1/videos/generations` with a JSON body.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct GenerationsRequest {
        /// Prompt; a non-empty prompt is required when reference images are used.
        pub prompt: String,
        /// Model name, e.g. grok-imagine-video.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub model: Option<String>,
        /// Video length in seconds, 1 to 15 (at most 10 with reference_images). Default 8 (per withone.ai).
        ///
        /// Default `8` (applied by the vendor when omitted).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub duration: Option<Duration>,
        /// Output aspect ratio.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub aspect_ratio: Option<AspectRatio>,
        /// Output resolution.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub resolution: Option<Resolution>,
        /// Deprecated output size; use aspect_ratio and resolution instead.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub size: Option<Size>,
        /// Input image; its presence selects image-to-video.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub image: Option<ImageRef>,
        /// Up to 7 reference images ({url} or {file_id}, mixed freely); their presence selects reference-to-video.
        ///
        /// At most 7 items.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub reference_images: Option<Vec<ReferenceImage>>,
        /// Upload the result to this signed URL (HTTP PUT) instead of returning a URL.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub output: Option<Output>,
        /// End-user id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub user: Option<String>,
    }
    impl GenerationsRequest {
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(prompt: impl Into<String>) -> Self {
            Self {
                prompt: prompt.into(),
                model: None,
                duration: None,
                aspect_ratio: None,
                resolution: None,
                size: None,
                image: None,
                reference_images: None,
                output: None,
                user: None,
            }
        }
    }
    impl rt::FieldAccess for GenerationsRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "prompt" => rt::FieldValue::field_ref(&self.prompt),
                "model" => rt::FieldValue::field_ref(&self.model),
                "duration" => rt::FieldValue::field_ref(&self.duration),
                "aspect_ratio" => rt::FieldValue::field_ref(&self.aspect_ratio),
                "resolution" => rt::FieldValue::field_ref(&self.resolution),
                "size" => rt::FieldValue::field_ref(&self.size),
                "image" => rt::FieldValue::field_ref(&self.image),
                "reference_images" => rt::FieldValue::field_ref(&self.reference_images),
                "output" => rt::FieldValue::field_ref(&self.output),
                "user" => rt::FieldValue::field_ref(&self.user),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for GenerationsRequest {
        type Response = GenerationsResponse;
        fn operation() -> &'static rt::Operation {
            &GENERATIONS
        }
        /// The operation's rules and list limits, checked on the fields with the spec's values
        /// inlined (`validate` runs the rule engine, which words the violations, only when this is
        /// false):
        ///
        /// - `reference_images_items`: `reference_images` holds at most 7 items (the field's limits)
        /// - `rule_0`: "image and reference_images cannot be combined (one mode per request)"
        /// - `rule_1`: "duration is at most 10 seconds with reference_images"
        #[inline]
        fn rules_hold(&self) -> bool {
            let duration = rt::FieldValue::field_ref(&self.duration);
            let image = rt::FieldValue::field_ref(&self.image);
            let reference_images = rt::FieldValue::field_ref(&self.reference_images);
            let reference_images_items = reference_images.items_ok(None, Some(7));
            let rule_0 = rt::FieldRef::exclusive_ok([image, reference_images]);
            let rule_1 = !reference_images.is_set()
                || duration.range_ok(None, Some(10.0));
            reference_images_items && rule_0 && rule_1
        }
    }
    ///The table of `generations`.
    #[doc(hidden)]
    pub static GENERATIONS: rt::Operation = rt::Operation::new(
            "generations",
            rt::Role::Create,
            rt::Method::Post,
            rt::PathTemplate::new(&[rt::Seg::Lit("/v1/videos/generations")]),
        )
        .with_body(rt::BodyKind::Json)
        .with_params(
            &[
                rt::Field::body("prompt", rt::Shape::STRING)
                    .required()
                    .doc(
                        "Prompt; a non-empty prompt is required when reference images are used.",
                    ),
                rt::Field::body("model", rt::Shape::STRING)
                    .doc("Model name, e.g. grok-imagine-video."),
                rt::Field::body(
                        "duration",
                        rt::Shape::INTEGER.with_limits(Duration::LIMITS),
                    )
                    .default(rt::Scalar::Int(8))
                    .doc(
                        "Video length in seconds, 1 to 15 (at most 10 with reference_images). Default 8 (per withone.ai).",
                    ),
                rt::Field::body(
                        "aspect_ratio",
                        rt::Shape::enumeration(<AspectRatio as rt::WireEnum>::INFO),
                    )
                    .doc("Output aspect ratio."),
                rt::Field::body(
                        "resolution",
                        rt::Shape::enumeration(<Resolution as rt::WireEnum>::INFO),
                    )
                    .doc("Output resolution."),
                rt::Field::body(
                        "size",
                        rt::Shape::enumeration(<Size as rt::WireEnum>::INFO),
                    )
                    .doc(
                        "Deprecated output size; use aspect_ratio and resolution instead.",
                    ),
                rt::Field::body("image", rt::Shape::object(ImageRef::FIELDS))
                    .doc("Input image; its presence selects image-to-video."),
                rt::Field::body(
                        "reference_images",
                        rt::Shape::list(&rt::Shape::object(ReferenceImage::FIELDS))
                            .with_limits(rt::Limits::NONE.with_max_items(7)),
                    )
                    .doc(
                        "Up to 7 reference images ({url} or {file_id}, mixed freely); their presence selects reference-to-video.",
                    ),
                rt::Field::body("output", rt::Shape::object(Output::FIELDS))
                    .doc(
                        "Upload the result to this signed URL (HTTP PUT) instead of returning a URL.",
                    ),
                rt::Field::body("user", rt::Shape::STRING).doc("End-user id."),
            ],
        )
        .with_rules(
            &[
                rt::Rule::new(rt::Check::Exclusive(&["image", "reference_images"]))
                    .with_message(
                        "image and reference_images cannot be combined (one mode per request)",
                    ),
                rt::Rule::new(rt::Check::Range {
                        field: "duration",
                        min: None,
                        max: Some(10.0),
                    })
                    .with_when(&[rt::Condition::Set("reference_images")])
                    .with_message("duration is at most 10 seconds with reference_images"),
            ],
        )
        .with_response(
            rt::Response::new(GenerationsResponse::FIELDS)
                .with_task(
                    rt::TaskMapping::new(&[rt::path!("request_id"), rt::path!("id")])
                        .with_status(
                            &[rt::StatusStep::otherwise(&rt::TaskStatus::Queued)],
                        ),
                ),
        )
        .with_unified(
            rt::Unified::NONE
                .with_prompt(rt::Neutral::new("prompt"))
                .with_model(rt::Neutral::new("model"))
                .with_duration(rt::Neutral::new("duration"))
                .with_aspect_ratio(rt::Neutral::new("aspect_ratio"))
                .with_resolution(rt::Neutral::new("resolution"))
                .with_images(rt::Neutral::new("image").with_key("url")),
        );
    /// Reply of `generations` (documented fields; unknown ones are ignored).
    #[derive(Debug, Clone, Default, PartialEq)]
    #[derive(rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(default)]
    pub struct GenerationsResponse {
        /// Id of the deferred request; pass it to query.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub request_id: Option<String>,
    }
    impl GenerationsResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("request_id", rt::Shape::STRING)
                .doc("Id of the deferred request; pass it to query."),
        ];
    }
    /// Edit an existing video (input limited to about 8.7 s).
    ///
    /// `POST /v1/videos/edits` with a JSON body.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct EditsRequest {
        /// Edit instruction.
        pub prompt: String,
        /// The video to edit; .mp4 (H.264/H.265/AV1), about 8.7 s at most.
        pub video: VideoRef,
        /// Model name, e.g. grok-imagine-video.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub model: Option<String>,
        /// Upload the result to this signed URL (HTTP PUT) instead of returning a URL.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub output: Option<Output>,
        /// End-user id.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub user: Option<String>,
    }
    impl EditsRequest {
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(prompt: impl Into<String>, video: VideoRef) -> Self {
            Self {
                prompt: prompt.into(),
                video,
                model: None,
                output: None,
                user: None,
            }
        }
    }
    impl rt::FieldAccess for EditsRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "prompt" => rt::FieldValue::field_ref(&self.prompt),
                "video" => rt::FieldValue::field_ref(&self.video),
                "model" => rt::FieldValue::field_ref(&self.model),
                "output" => rt::FieldValue::field_ref(&self.output),
                "user" => rt::FieldValue::field_ref(&self.user),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for EditsRequest {
        type Response = EditsResponse;
        fn operation() -> &'static rt::Operation {
            &EDITS
        }
        /// No rules and no list limits: nothing to check across fields.
        fn rules_hold(&self) -> bool {
            true
        }
    }
    ///The table of `edits`.
    #[doc(hidden)]
    pub static EDITS: rt::Operation = rt::Operation::new(
            "edits",
            rt::Role::Create,
            rt::Method::Post,
            rt::PathTemplate::new(&[rt::Seg::Lit("/v1/videos/edits")]),
        )
        .with_body(rt::BodyKind::Json)
        .with_params(
            &[
                rt::Field::body("prompt", rt::Shape::STRING)
                    .required()
                    .doc("Edit instruction."),
                rt::Field::body("video", rt::Shape::object(VideoRef::FIELDS))
                    .required()
                    .doc(
                        "The video to edit; .mp4 (H.264/H.265/AV1), about 8.7 s at most.",
                    ),
                rt::Field::body("model", rt::Shape::STRING)
                    .doc("Model name, e.g. grok-imagine-video."),
                rt::Field::body("output", rt::Shape::object(Output::FIELDS))
                    .doc(
                        "Upload the result to this signed URL (HTTP PUT) instead of returning a URL.",
                    ),
                rt::Field::body("user", rt::Shape::STRING).doc("End-user id."),
            ],
        )
        .with_response(
            rt::Response::new(EditsResponse::FIELDS)
                .with_task(
                    rt::TaskMapping::new(&[rt::path!("request_id"), rt::path!("id")])
                        .with_status(
                            &[rt::StatusStep::otherwise(&rt::TaskStatus::Queued)],
                        ),
                ),
        );
    /// Reply of `edits` (documented fields; unknown ones are ignored).
    #[derive(Debug, Clone, Default, PartialEq)]
    #[derive(rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(default)]
    pub struct EditsResponse {
        /// Id of the deferred request; pass it to query.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub request_id: Option<String>,
    }
    impl EditsResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("request_id", rt::Shape::STRING)
                .doc("Id of the deferred request; pass it to query."),
        ];
    }
    /// Continue a video from its last frame.
    ///
    /// `POST /v1/videos/extensions` with a JSON body.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[derive(rt::Setters)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct ExtensionsRequest {
        /// Prompt for the continuation.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub prompt: Option<String>,
        /// The video to extend; it must be 2 to 15 seconds long.
        pub video: VideoRef,
        /// Length of the extension in seconds, 2 to 10.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub duration: Option<ExtensionsDuration>,
        /// Model name, e.g. grok-imagine-video.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        pub model: Option<String>,
    }
    impl ExtensionsRequest {
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(video: VideoRef) -> Self {
            Self {
                prompt: None,
                video,
                duration: None,
                model: None,
            }
        }
    }
    impl rt::FieldAccess for ExtensionsRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "prompt" => rt::FieldValue::field_ref(&self.prompt),
                "video" => rt::FieldValue::field_ref(&self.video),
                "duration" => rt::FieldValue::field_ref(&self.duration),
                "model" => rt::FieldValue::field_ref(&self.model),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for ExtensionsRequest {
        type Response = ExtensionsResponse;
        fn operation() -> &'static rt::Operation {
            &EXTENSIONS
        }
        /// No rules and no list limits: nothing to check across fields.
        fn rules_hold(&self) -> bool {
            true
        }
    }
    ///The table of `extensions`.
    #[doc(hidden)]
    pub static EXTENSIONS: rt::Operation = rt::Operation::new(
            "extensions",
            rt::Role::Create,
            rt::Method::Post,
            rt::PathTemplate::new(&[rt::Seg::Lit("/v1/videos/extensions")]),
        )
        .with_body(rt::BodyKind::Json)
        .with_params(
            &[
                rt::Field::body("prompt", rt::Shape::STRING)
                    .doc("Prompt for the continuation."),
                rt::Field::body("video", rt::Shape::object(VideoRef::FIELDS))
                    .required()
                    .doc("The video to extend; it must be 2 to 15 seconds long."),
                rt::Field::body(
                        "duration",
                        rt::Shape::INTEGER.with_limits(ExtensionsDuration::LIMITS),
                    )
                    .doc("Length of the extension in seconds, 2 to 10."),
                rt::Field::body("model", rt::Shape::STRING)
                    .doc("Model name, e.g. grok-imagine-video."),
            ],
        )
        .with_response(
            rt::Response::new(ExtensionsResponse::FIELDS)
                .with_task(
                    rt::TaskMapping::new(&[rt::path!("request_id"), rt::path!("id")])
                        .with_status(
                            &[rt::StatusStep::otherwise(&rt::TaskStatus::Queued)],
                        ),
                ),
        );
    /// Reply of `extensions` (documented fields; unknown ones are ignored).
    #[derive(Debug, Clone, Default, PartialEq)]
    #[derive(rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(default)]
    pub struct ExtensionsResponse {
        /// Id of the deferred request; pass it to query.
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub request_id: Option<String>,
    }
    impl ExtensionsResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body("request_id", rt::Shape::STRING)
                .doc("Id of the deferred request; pass it to query."),
        ];
    }
    /// Get the result of a deferred video request (all three modes).
    ///
    /// `GET /v1/videos/{request_id}`.
    #[derive(Debug, Clone, PartialEq, rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(deny_unknown_fields)]
    pub struct QueryRequest {
        /// The request_id returned by a create call.
        #[serde(skip_serializing)]
        pub request_id: String,
    }
    impl QueryRequest {
        /// A value with every required field; optional ones are set by the methods named after them.
        pub fn new(request_id: impl Into<String>) -> Self {
            Self {
                request_id: request_id.into(),
            }
        }
    }
    impl rt::FieldAccess for QueryRequest {
        fn field(&self, wire: &str) -> rt::FieldRef<'_> {
            match wire {
                "request_id" => rt::FieldValue::field_ref(&self.request_id),
                _ => rt::FieldRef::Absent,
            }
        }
    }
    impl rt::ApiRequest for QueryRequest {
        type Response = QueryResponse;
        fn operation() -> &'static rt::Operation {
            &QUERY
        }
        fn write_params(&self, out: &mut rt::Params) {
            out.path("request_id", &self.request_id);
        }
        /// No rules and no list limits: nothing to check across fields.
        fn rules_hold(&self) -> bool {
            true
        }
    }
    ///The table of `query`.
    #[doc(hidden)]
    pub static QUERY: rt::Operation = rt::Operation::new(
            "query",
            rt::Role::Query,
            rt::Method::Get,
            rt::PathTemplate::new(
                &[rt::Seg::Lit("/v1/videos/"), rt::Seg::Param("request_id")],
            ),
        )
        .with_params(
            &[
                rt::Field::path("request_id", rt::Shape::STRING)
                    .task_id()
                    .doc("The request_id returned by a create call."),
            ],
        )
        .with_response(
            rt::Response::new(QueryResponse::FIELDS)
                .with_task(
                    rt::TaskMapping::new(&[])
                        .with_status(
                            &[
                                rt::StatusStep::when(
                                        rt::PathTest::Equals(
                                            rt::path!("video.respect_moderation"),
                                            rt::Scalar::Bool(false),
                                        ),
                                        &rt::TaskStatus::Failed,
                                    )
                                    .with_message("the video was blocked by moderation"),
                                rt::StatusStep::word(
                                    rt::path!("status"),
                                    &[
                                        ("pending", &rt::TaskStatus::Processing),
                                        ("queued", &rt::TaskStatus::Queued),
                                        ("processing", &rt::TaskStatus::Processing),
                                        ("in_progress", &rt::TaskStatus::Processing),
                                        ("running", &rt::TaskStatus::Processing),
                                        ("done", &rt::TaskStatus::Completed),
                                        ("completed", &rt::TaskStatus::Completed),
                                        ("succeeded", &rt::TaskStatus::Completed),
                                        ("success", &rt::TaskStatus::Completed),
                                        ("expired", &rt::TaskStatus::Expired),
                                        ("failed", &rt::TaskStatus::Failed),
                                        ("error", &rt::TaskStatus::Failed),
                                        ("cancelled", &rt::TaskStatus::Cancelled),
                                        ("canceled", &rt::TaskStatus::Cancelled),
                                    ],
                                ),
                                rt::StatusStep::when(
                                    rt::PathTest::Present(rt::path!("video.url")),
                                    &rt::TaskStatus::Completed,
                                ),
                            ],
                        )
                        .with_progress(&[rt::path!("progress")])
                        .with_video_url(&[rt::path!("video.url")])
                        .with_error(&[rt::path!("error.message"), rt::path!("error")])
                        .with_error_code(&[rt::path!("error.code")]),
                ),
        );
    /// Reply of `query` (documented fields; unknown ones are ignored).
    #[derive(Debug, Clone, Default, PartialEq)]
    #[derive(rt::serde::Serialize, rt::serde::Deserialize)]
    #[serde(crate = "rt::serde")]
    #[serde(default)]
    pub struct QueryResponse {
        /// Task status.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub status: Option<rt::Open<Status>>,
        /// Model name (empty on failure).
        #[serde(deserialize_with = "rt::lenient::string")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub model: Option<String>,
        /// Optional progress percentage.
        #[serde(deserialize_with = "rt::lenient::integer")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub progress: Option<i64>,
        /// The generated video.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub video: Option<Video>,
        /// Billing information.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub usage: Option<Usage>,
        /// Error details when the status is failed.
        #[serde(deserialize_with = "rt::lenient::any")]
        #[serde(skip_serializing_if = "Option::is_none")]
        pub error: Option<ApiError>,
    }
    impl QueryResponse {
        /// The documented fields, as the spec types them.
        pub const FIELDS: &'static [rt::Field] = &[
            rt::Field::body(
                    "status",
                    rt::Shape::enumeration(<Status as rt::WireEnum>::INFO),
                )
                .doc("Task status."),
            rt::Field::body("model", rt::Shape::STRING)
                .doc("Model name (empty on failure)."),
            rt::Field::body("progress", rt::Shape::INTEGER)
                .doc("Optional progress percentage."),
            rt::Field::body("video", rt::Shape::object(Video::FIELDS))
                .doc("The generated video."),
            rt::Field::body("usage", rt::Shape::object(Usage::FIELDS))
                .doc("Billing information."),
            rt::Field::body("error", rt::Shape::object(ApiError::FIELDS))
                .doc("Error details when the status is failed."),
        ];
    }
    /// Everything the runtime needs to know about this provider, read from its spec, with the
    /// entry points of each operation's typed request.
    #[doc(hidden)]
    pub static PROVIDER: rt::Provider = rt::Provider::new(
        rt::ProviderTable::new(
                "xai",
                "xAI",
                "https://api.x.ai",
                rt::Auth::header("Authorization", "Bearer ", "XAI_API_KEY"),
            )
            .with_docs("https://docs.x.ai/docs/guides/video-generations")
            .with_errors(
                rt::ErrorPaths::new(
                    &[rt::path!("error.code"), rt::path!("code")],
                    &[rt::path!("error.message"), rt::path!("error")],
                ),
            )
            .with_operations(&[&GENERATIONS, &EDITS, &EXTENSIONS, &QUERY]),
        &[
            rt::Entry::json::<GenerationsRequest>(&GENERATIONS),
            rt::Entry::json::<EditsRequest>(&EDITS),
            rt::Entry::json::<ExtensionsRequest>(&EXTENSIONS),
            rt::Entry::json::<QueryRequest>(&QUERY),
        ],
    );
}
