namespace EvidenceAppraisal.Extraction.Roles;

/// <summary>
/// Weights for position and role order, per role (background, objective, methods, results, conclusions). Fitted
/// together with the cue scores in <see cref="RoleCues"/> by an averaged structured perceptron on labelled
/// abstracts (see the issue-4 note), then rounded; they are plain numbers a reader can inspect.
/// </summary>
internal static class RoleWeights
{
    /// <summary>A sentence with no digit at all.</summary>
    public static readonly float[] NoDigit = [0.06f, -0.16f, -0.04f, -0.10f, 0.24f];

    /// <summary>Relative position in tenths: [0, 0.1), [0.1, 0.2), ... [0.9, 1].</summary>
    public static readonly float[][] Decile =
    [
        [1.07f, -0.21f, 0.43f, -0.89f, -0.40f],
        [0.65f, 0.12f, 0.54f, -0.84f, -0.47f],
        [0.44f, 0.44f, 0.40f, -0.87f, -0.40f],
        [-0.33f, -0.06f, 0.60f, 0.18f, -0.39f],
        [0.05f, 0.31f, -0.12f, 0.08f, -0.32f],
        [-0.36f, 0.18f, -0.20f, 0.59f, -0.21f],
        [-0.09f, 0.13f, -0.31f, 0.71f, -0.44f],
        [-0.42f, -0.21f, -0.15f, 1.03f, -0.25f],
        [-0.53f, -0.26f, -0.28f, 0.01f, 1.07f],
        [-0.36f, -0.15f, -0.72f, -0.36f, 1.58f],
    ];

    public static readonly float[] First = [0.51f, 0.80f, -0.75f, -0.38f, -0.17f];

    public static readonly float[] Last = [-0.14f, -0.05f, -0.32f, -0.35f, 0.86f];

    public static readonly float[] SecondLast = [-0.22f, -0.10f, -0.08f, 0.27f, 0.13f];

    public static readonly float[] ThirdLast = [-0.38f, 0.25f, -0.03f, 0.17f, -0.01f];

    public static readonly float[] Second = [0.16f, 0.59f, -0.30f, -0.12f, -0.33f];

    public static readonly float[] Bias = [0.10f, 0.28f, 0.20f, -0.36f, -0.22f];

    /// <summary>No digit, by fifth of the abstract: late sentences without numbers lean to conclusions.</summary>
    public static readonly float[][] NoDigitByFifth =
    [
        [0.69f, 0.50f, -0.16f, -0.43f, -0.61f],
        [0.42f, 0.23f, -0.03f, -0.37f, -0.25f],
        [-0.01f, -0.48f, 0.69f, -0.03f, -0.17f],
        [-0.55f, -0.12f, -0.02f, -0.04f, 0.73f],
        [-0.48f, -0.28f, -0.52f, 0.76f, 0.53f],
    ];

    /// <summary>From role (row) to role (column) between consecutive sentences.</summary>
    public static readonly float[][] Transition =
    [
        [1.10f, 0.19f, 0.52f, -0.73f, -0.84f],
        [0.04f, 0.71f, 1.09f, -0.94f, -0.58f],
        [-0.86f, -0.65f, 1.85f, 0.93f, -0.76f],
        [-0.48f, -0.56f, -1.89f, 1.77f, 1.16f],
        [-0.21f, -0.22f, -0.63f, -1.01f, 0.97f],
    ];

    public static readonly float[] Start = [0.51f, 0.80f, -0.75f, -0.38f, -0.17f];

    public static readonly float[] End = [-0.14f, -0.05f, -0.32f, -0.35f, 0.86f];
}
