namespace Cutover.Chat.Slack.BlockKit;

/// <summary>Slack's documented Block Kit limits that the renderer keeps to.</summary>
public static class BlockKitLimits
{
    public const int BlocksPerMessage = 50;
    public const int BlocksPerView = 100;
    public const int HeaderText = 150;
    public const int SectionText = 3000;
    public const int FieldText = 2000;
    public const int FieldsPerSection = 10;
    public const int ElementsPerActions = 25;
    public const int ElementsPerContext = 10;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ActionId = 255;
    public const int ConfirmTitle = 100;
    public const int ConfirmText = 300;
    public const int ConfirmButton = 30;
    public const int ViewTitle = 24;
    public const int PrivateMetadata = 3000;

    /// <summary>Top-level message text Cutover sends (Slack truncates at 40,000; notifications show far less).</summary>
    public const int FallbackText = 3000;
}
