namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Pipelines and their couplings (SCHEMA <c>pipeline</c>, <c>pipeline-coupling</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#pipeline-coupling">Platform API: Pipeline Coupling</see>).
/// </summary>
public interface IPipelinesApi
{
    /// <summary><c>GET /apps/{app}/pipeline-couplings</c> — Info by app: the stage the app is coupled to; 404 when it is in no pipeline.</summary>
    [Get("/apps/{app}/pipeline-couplings")]
    Task<PipelineCoupling> GetCouplingAsync(string app, CancellationToken cancellationToken);

    /// <summary><c>GET /pipelines/{pipeline}</c> — Info: the pipeline's name (by id or name).</summary>
    [Get("/pipelines/{pipeline}")]
    Task<Pipeline> GetAsync(string pipeline, CancellationToken cancellationToken);

    /// <summary><c>POST /pipeline-couplings</c> — Create: make an app a stage of a pipeline (pipeline by id).</summary>
    [Post("/pipeline-couplings")]
    Task<PipelineCoupling> CoupleAsync([Body] PipelineCouplingCreate coupling, CancellationToken cancellationToken);

    /// <summary><c>DELETE /pipeline-couplings/{coupling}</c> — Delete: take an app out of its pipeline.</summary>
    [Delete("/pipeline-couplings/{coupling}")]
    Task<PipelineCoupling> UncoupleAsync(string coupling, CancellationToken cancellationToken);
}
