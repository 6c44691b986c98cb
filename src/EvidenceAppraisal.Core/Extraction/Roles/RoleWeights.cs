namespace EvidenceAppraisal.Extraction.Roles;

/// <summary>
/// Weights for position and role order, per role (background, objective, methods, results, conclusions). Fitted
/// together with the cue scores in <see cref="RoleCues"/> by an averaged structured perceptron on labelled
/// abstracts (see the issue-4 note), then rounded; they are plain numbers a reader can inspect.
/// </summary>
internal static class RoleWeights
{
    /// <summary>A sentence with no digit at all.</summary>
    public static readonly float[] NoDigit = [0.31f, 0.15f, 0.04f, -0.47f, -0.03f];

    /// <summary>Relative position in tenths: [0, 0.1), [0.1, 0.2), ... [0.9, 1].</summary>
    public static readonly float[][] Decile =
    [
        [1.26f, -0.51f, 0.26f, -0.64f, -0.37f],
        [0.78f, 0.16f, 0.74f, -1.27f, -0.41f],
        [0.68f, 0.26f, 0.73f, -1.08f, -0.58f],
        [-0.71f, 0.07f, 1.23f, -0.24f, -0.36f],
        [-0.12f, 0.09f, 0.27f, 0.37f, -0.61f],
        [-0.56f, -0.05f, 0.09f, 0.95f, -0.43f],
        [-0.27f, 0.36f, -0.37f, 0.91f, -0.63f],
        [-0.76f, -0.13f, -0.18f, 1.36f, -0.29f],
        [-0.52f, -0.13f, -1.46f, 0.36f, 1.75f],
        [-0.48f, -0.13f, -0.90f, -0.47f, 1.97f],
    ];

    public static readonly float[] First = [0.58f, 0.95f, -1.03f, -0.29f, -0.20f];

    public static readonly float[] Last = [-0.13f, 0f, -0.63f, -0.62f, 1.37f];

    public static readonly float[] SecondLast = [-0.36f, -0.13f, -0.67f, 0.30f, 0.85f];

    public static readonly float[] ThirdLast = [-0.49f, 0.28f, 0.02f, 0.05f, 0.15f];

    public static readonly float[] Second = [0.26f, 0.70f, -0.39f, -0.20f, -0.37f];

    public static readonly float[] Bias = [-0.69f, 0f, 0.40f, 0.24f, 0.05f];

    /// <summary>No digit, by fifth of the abstract: late sentences without numbers lean to conclusions.</summary>
    public static readonly float[][] NoDigitByFifth =
    [
        [0.87f, 0.45f, -0.38f, -0.47f, -0.48f],
        [0.64f, 0.46f, -0.15f, -0.49f, -0.46f],
        [0.04f, -0.39f, 1.08f, -0.30f, -0.43f],
        [-0.81f, -0.13f, 0.04f, 0.05f, 0.85f],
        [-0.42f, -0.25f, -0.55f, 0.73f, 0.49f],
    ];

    /// <summary>From role (row) to role (column) between consecutive sentences.</summary>
    public static readonly float[][] Transition =
    [
        [1.24f, -0.11f, 0.19f, -0.76f, -1.12f],
        [-0.50f, 0.85f, 1.21f, -1.19f, -0.36f],
        [-1.05f, -0.61f, 2.24f, 1.43f, -0.98f],
        [-0.72f, -0.66f, -1.51f, 2.29f, 1.46f],
        [-0.24f, -0.42f, -0.69f, -1.23f, 1.25f],
    ];

    /// <summary>Per cue (rows in the order of <see cref="RoleCues"/>): the cue matched the sentence before this one.</summary>
    public static readonly float[][] PreviousCue =
    [
        [-1.26f, 0.24f, 1.05f, -0.30f, 0.28f], // AimStatement
        [-0.44f, -0.58f, 1.06f, -0.04f, 0f], // InfinitiveOpening
        [-0.33f, -0.53f, 0.87f, 0f, 0f], // Hypothesis
        [0.13f, 0.47f, -0.26f, -0.73f, 0.39f], // KnowledgeGap
        [0.52f, 0.09f, -0.34f, -0.32f, 0.04f], // PriorWork
        [0.05f, -0.59f, -0.15f, 0.03f, 0.65f], // GeneralPresent
        [-0.76f, 0.11f, 0.60f, -0.28f, 0.33f], // DesignStatement
        [-0.53f, -0.65f, 0.62f, 0.16f, 0.40f], // MethodsAction
        [-0.67f, -0.21f, 0.77f, 0.48f, -0.36f], // MethodsFirstPerson
        [-0.06f, 0.07f, -0.41f, 0.49f, -0.09f], // Endpoint
        [0.55f, -1.19f, 0.49f, 0.22f, -0.08f], // Dosing
        [-0.44f, -0.13f, -0.17f, 0.64f, 0.09f], // Statistics
        [-0.80f, -0.06f, 0.48f, -0.08f, 0.46f], // Eligibility
        [-0.25f, -0.03f, -1.64f, 0.92f, 1.00f], // PValue
        [-0.20f, 0f, -0.65f, 0.30f, 0.55f], // IntervalOrEstimate
        [-0.04f, -0.60f, 0.18f, 0.56f, -0.11f], // Percent
        [-0.48f, 0.16f, -0.50f, 0.67f, 0.15f], // Comparison
        [0.07f, -0.43f, -1.10f, 0.68f, 0.77f], // Significance
        [-0.34f, -0.43f, -0.36f, 0.57f, 0.54f], // ResultVerbs
        [-0.47f, 0.07f, -0.42f, -0.04f, 0.86f], // ResultsOpening
        [0.24f, 0.16f, -0.54f, 0.53f, -0.39f], // ConclusionCue
        [-0.03f, 0.25f, -0.44f, 0.30f, -0.08f], // Recommendation
        [-0.31f, -0.12f, -0.49f, 0.04f, 0.88f], // Modal
        [-0.22f, 0.36f, -0.25f, 0f, 0.11f], // FutureWork
        [-0.38f, 0.38f, -0.12f, -0.26f, 0.38f], // ThisStudyShows
        [0.68f, 0.59f, -0.31f, -0.63f, -0.32f], // is
        [0.24f, -0.05f, 0.20f, 0.07f, -0.46f], // PassiveProcedure
        [0f, 0f, -0.29f, 0.40f, -0.11f], // SignificanceLevel
        [-0.17f, 0.27f, -0.14f, -0.08f, 0.12f], // StudyEvidence
        [-0.30f, -0.25f, -1.02f, 1.62f, -0.05f], // WeFound
        [0f, 0f, -0.13f, -0.10f, 0.23f], // WeConclude
        [-1.07f, 0.16f, 0.41f, 0.35f, 0.16f], // WeStudied
        [-0.30f, -0.07f, 0.53f, -0.65f, 0.49f], // SampleCount
        [-0.11f, -0.39f, -0.40f, 0.42f, 0.48f], // MeanSpread
        [0.04f, -0.12f, 0.33f, -0.20f, -0.05f], // Versus
        [-0.33f, 0.23f, 0.32f, -0.49f, 0.26f], // will
        [0.07f, 0.02f, -0.58f, 0.50f, 0f], // Therefore
        [0.14f, 0.34f, -0.48f, 0.11f, -0.11f], // However
        [0.11f, -0.12f, -0.17f, 0.11f, 0.07f], // was
        [0f, 1.01f, -0.49f, -0.52f, 0f], // Question
        [0.45f, -0.18f, 0.72f, -0.18f, -0.81f], // Units
        [-0.17f, -0.31f, 0.07f, 0.27f, 0.14f], // patients
        [-0.27f, 0.20f, -0.08f, 0f, 0.15f], // Time
        [-1.02f, 0.03f, -0.72f, 0.51f, 1.20f], // Adverse
        [-0.43f, -0.05f, -0.87f, 1.38f, -0.04f], // Registration
        [0.07f, -0.25f, 0.35f, -0.06f, -0.10f], // Evidence
        [-0.54f, -0.08f, -0.20f, 0f, 0.82f], // effective
        [-0.62f, -0.14f, 0.56f, -0.02f, 0.23f], // Groups
        [-0.30f, -0.16f, -0.30f, 0.78f, -0.03f], // Measured
    ];

    /// <summary>Per cue (rows in the order of <see cref="RoleCues"/>): the cue matched the sentence after this one.</summary>
    public static readonly float[][] NextCue =
    [
        [0.23f, 0.06f, -1.01f, 0.93f, -0.22f], // AimStatement
        [2.05f, -0.76f, -0.38f, -0.91f, 0f], // InfinitiveOpening
        [-0.19f, 0.19f, 0f, 0f, 0f], // Hypothesis
        [-0.09f, 0.26f, 0f, -0.43f, 0.26f], // KnowledgeGap
        [0.34f, -0.24f, 0.11f, -0.38f, 0.17f], // PriorWork
        [0.68f, -0.90f, -0.55f, 0.35f, 0.42f], // GeneralPresent
        [1.05f, 0.92f, -1.02f, 0.20f, -1.16f], // DesignStatement
        [0.34f, 0.66f, 0.38f, -0.49f, -0.89f], // MethodsAction
        [0.22f, -0.38f, 0.38f, 0f, -0.23f], // MethodsFirstPerson
        [-0.46f, -0.36f, 0.90f, 0.38f, -0.46f], // Endpoint
        [0.25f, -0.06f, 0.03f, -0.01f, -0.21f], // Dosing
        [-0.79f, 0.01f, 1.17f, -0.45f, 0.06f], // Statistics
        [0.15f, -0.09f, 0.32f, 0.07f, -0.45f], // Eligibility
        [-0.19f, -0.47f, 0.58f, 0.40f, -0.33f], // PValue
        [-0.02f, -0.32f, 0.31f, -0.04f, 0.07f], // IntervalOrEstimate
        [-0.66f, -0.21f, 0.16f, 0.82f, -0.10f], // Percent
        [0.19f, 0.67f, -0.27f, -0.12f, -0.47f], // Comparison
        [0.24f, -0.33f, 0.44f, 0.14f, -0.49f], // Significance
        [0.48f, -0.30f, -0.41f, 0.28f, -0.05f], // ResultVerbs
        [-0.09f, -0.34f, 0.15f, 0f, 0.28f], // ResultsOpening
        [-0.13f, 0.04f, -0.70f, 0.13f, 0.65f], // ConclusionCue
        [0.10f, -0.21f, 0.35f, 0.06f, -0.29f], // Recommendation
        [0.10f, 0.06f, -0.94f, 0.07f, 0.70f], // Modal
        [0.34f, -0.27f, -0.37f, -0.62f, 0.92f], // FutureWork
        [0f, 0f, -0.12f, 0.83f, -0.71f], // ThisStudyShows
        [0.26f, 0.39f, -0.09f, -0.13f, -0.43f], // is
        [-0.15f, 0.05f, 0.51f, -0.53f, 0.12f], // PassiveProcedure
        [0f, 0f, 0.52f, -0.52f, 0f], // SignificanceLevel
        [-0.22f, 0.12f, 0.51f, 0.17f, -0.58f], // StudyEvidence
        [-0.04f, 0.14f, -0.05f, -0.17f, 0.12f], // WeFound
        [-0.11f, -0.13f, -0.19f, 0.05f, 0.38f], // WeConclude
        [0.67f, 0.11f, -0.78f, 0.12f, -0.12f], // WeStudied
        [-0.11f, 0.77f, 0.44f, -0.87f, -0.24f], // SampleCount
        [0.56f, 0.02f, 0.06f, 0.39f, -1.02f], // MeanSpread
        [0.24f, -0.80f, 0.36f, 0.45f, -0.25f], // Versus
        [-0.33f, 0.16f, 0.75f, -0.37f, -0.21f], // will
        [0.52f, -0.39f, -0.13f, -0.84f, 0.84f], // Therefore
        [-0.65f, 0.39f, -1.52f, 0.11f, 1.67f], // However
        [0.56f, -0.10f, -0.29f, 0.08f, -0.25f], // was
        [0.39f, 0.91f, -0.78f, -0.52f, 0f], // Question
        [0.57f, 0.49f, 0.26f, -0.52f, -0.80f], // Units
        [0.85f, 0.77f, -0.16f, -0.26f, -1.19f], // patients
        [0.09f, 0.44f, -0.41f, 0.09f, -0.21f], // Time
        [0.51f, -0.47f, -0.23f, 0.21f, -0.01f], // Adverse
        [-0.19f, -0.13f, 1.19f, -1.50f, 0.62f], // Registration
        [0.11f, -0.20f, -0.29f, 0.51f, -0.12f], // Evidence
        [0.54f, 0.36f, 0.20f, -0.15f, -0.94f], // effective
        [0.24f, -0.89f, 0.21f, -0.04f, 0.48f], // Groups
        [0.06f, -0.46f, 0.65f, -0.63f, 0.39f], // Measured
    ];

    public static readonly float[] Start = [0.58f, 0.95f, -1.03f, -0.29f, -0.20f];

    public static readonly float[] End = [-0.13f, 0f, -0.63f, -0.62f, 1.37f];
}
