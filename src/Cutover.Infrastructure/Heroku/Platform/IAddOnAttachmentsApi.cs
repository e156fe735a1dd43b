namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Add-on attachments (SCHEMA <c>add-on-attachment</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#add-on-attachment">Platform API: Add-on Attachment</see>).
/// </summary>
public interface IAddOnAttachmentsApi
{
    /// <summary>
    /// <c>GET /apps/{app}/addon-attachments</c> — List by App. Sent with <c>Accept: …; version=3.sdk</c> (as the CLI
    /// does); pass <see cref="HerokuMediaTypes.IncludeAddOnPlanAndConfigVars"/> as <paramref name="inclusion"/> to
    /// get each attachment's <c>config_vars</c> and its add-on's <c>plan</c>, or null for the plain resource.
    /// </summary>
    [Get("/apps/{app}/addon-attachments")]
    [Headers("Accept: " + HerokuMediaTypes.Version3Sdk)]
    Task<ApiResponse<List<AddOnAttachment>>> ListAsync(
        string app,
        [Header("Accept-Inclusion")] string? inclusion,
        [Header("Range")] string? range,
        CancellationToken cancellationToken);

    /// <summary>
    /// <c>POST /addon-attachments</c> — Create: attach an add-on to an app under a name, or re-point an existing
    /// name (promotion to <c>DATABASE</c>).
    /// </summary>
    [Post("/addon-attachments")]
    Task<AddOnAttachment> CreateAsync([Body] AddOnAttachmentCreate attachment, CancellationToken cancellationToken);

    /// <summary><c>DELETE /addon-attachments/{attachment}</c> — Delete: detach (creates a release).</summary>
    [Delete("/addon-attachments/{attachment}")]
    Task<AddOnAttachment> DeleteAsync(string attachment, CancellationToken cancellationToken);
}
