namespace Cutover.Chat.Teams.Cards;

/// <summary>How much of each field a card shows; the renderer steps through <see cref="Levels"/> until the card fits.</summary>
internal sealed record CardLimits(int MaxLinesPerField, int MaxCharsPerLine, int MaxTextChars)
{
    public const int MaxTitleChars = 200;

    public static IReadOnlyList<CardLimits> Levels { get; } =
    [
        new(int.MaxValue, 2000, 4000),
        new(40, 1000, 2000),
        new(20, 400, 1000),
        new(10, 200, 600),
        new(5, 120, 300),
        new(2, 80, 200),
    ];
}
