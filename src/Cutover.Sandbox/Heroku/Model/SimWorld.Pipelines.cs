namespace Cutover.Sandbox.Heroku.Model;

/// <summary>Pipelines and couplings: an app is in at most one pipeline, at one stage.</summary>
internal sealed partial class SimWorld
{
    public static readonly IReadOnlyList<string> Stages = ["test", "review", "development", "staging", "production"];

    public SimPipeline CreatePipeline(string name, string? generation)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 30)
            throw HerokuApiException.InvalidParams("Name must be 1 to 30 characters.");
        if (Pipelines.Any(p => p.Name == name))
            throw HerokuApiException.InvalidParams($"Name {name} is already taken.");
        var pipeline = new SimPipeline
        {
            Id = NewId(),
            Name = name,
            Owner = Team,
            Generation = Catalog.Generations.FirstOrDefault(g => g.Name == (generation ?? SimGeneration.Cedar)) ?? throw HerokuApiException.NotFound("generation"),
            CreatedAt = Now,
            UpdatedAt = Now,
        };
        Pipelines.Add(pipeline);
        return pipeline;
    }

    public SimPipeline Pipeline(string identity) =>
        Pipelines.FirstOrDefault(p => SimCatalog.Matches(p.Id, p.Name, identity)) ?? throw HerokuApiException.NotFound("pipeline");

    public void DeletePipeline(SimPipeline pipeline)
    {
        Couplings.RemoveAll(c => c.Pipeline == pipeline);
        Pipelines.Remove(pipeline);
    }

    public SimCoupling Couple(SimApp app, SimPipeline pipeline, string stage)
    {
        if (Couplings.Any(c => c.App == app))
            throw HerokuApiException.InvalidParams($"{app.Name} is already in a pipeline; remove it first.");
        if (app.Generation != pipeline.Generation)
            throw HerokuApiException.InvalidParams($"{app.Name} is a {app.Generation.Name}-generation app; pipeline {pipeline.Name} holds {pipeline.Generation.Name} apps.");
        var coupling = new SimCoupling { Id = NewId(), App = app, Pipeline = pipeline, Stage = Stage(stage), CreatedAt = Now, UpdatedAt = Now };
        Couplings.Add(coupling);
        return coupling;
    }

    public void MoveCoupling(SimCoupling coupling, string stage)
    {
        coupling.Stage = Stage(stage);
        coupling.UpdatedAt = Now;
    }

    public SimCoupling Coupling(string identity) =>
        Couplings.FirstOrDefault(c => Guid.TryParse(identity, out var id) && c.Id == id) ?? throw HerokuApiException.NotFound("pipeline coupling");

    public SimCoupling CouplingOf(SimApp app) =>
        Couplings.FirstOrDefault(c => c.App == app) ?? throw HerokuApiException.NotFound("pipeline coupling");

    private static string Stage(string stage) =>
        Stages.Contains(stage) ? stage : throw HerokuApiException.InvalidParams($"Stage must be one of {string.Join(", ", Stages)}.");
}
