namespace Cutover.Http;

/// <summary>
/// Keeps the API token off the request Refit's exceptions carry: error answers (<see cref="RefitSettings.ExceptionRedactor"/>)
/// and transport failures, which Refit wraps in an <see cref="ApiRequestException"/> holding the request as it was sent.
/// </summary>
public static class RefitCredentials
{
    public static RefitSettings WithoutCredentialsInErrors(this RefitSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        settings.ExceptionRedactor = exception => exception.RequestMessage?.Headers.Authorization = null;
        settings.TransportExceptionFactory = (request, exception, cancellationToken) =>
        {
            request.Headers.Authorization = null;
            return exception is OperationCanceledException && cancellationToken.IsCancellationRequested
                ? exception
                : new ApiRequestException(request, request.Method, settings, exception);
        };
        return settings;
    }
}
