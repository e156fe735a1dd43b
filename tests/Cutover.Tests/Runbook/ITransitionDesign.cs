namespace Cutover.Tests.Runbook;

/// <summary>A closed state machine as <see cref="TransitionTableTests{TDesign, TState, TTrigger}"/> checks it.</summary>
public interface ITransitionDesign<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    /// <summary>Every legal move as (row, from, trigger, to), written out independently of the production table.</summary>
    static abstract TheoryData<string, TState, TTrigger, TState> Designed { get; }

    /// <summary>The word(s) a refusal must use so that a reader can tell which state the machine is in.</summary>
    static abstract IReadOnlyDictionary<TState, string> StateWords { get; }

    /// <summary>The production table.</summary>
    static abstract IEnumerable<(TState From, TTrigger Trigger, TState To)> Legal { get; }

    /// <summary>The production transition function.</summary>
    static abstract Result<TState> Move(TState from, TTrigger trigger);
}
