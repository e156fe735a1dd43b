namespace Cutover.Core.Results;

/// <summary>Either a value or a <see cref="Refusal"/>. Never both, never neither.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, Refusal? refusal)
    {
        Value = value;
        Refusal = refusal;
    }

    public T? Value { get; }

    public Refusal? Refusal { get; }

    [MemberNotNullWhen(true, nameof(Refusal))]
    [MemberNotNullWhen(false, nameof(Value))]
    public bool IsRefused => Refusal is not null;

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Refuse(string reason) => new(default, new Refusal(reason));

    public static Result<T> Refuse(Refusal refusal) => new(default, refusal);

    public static implicit operator Result<T>(Refusal refusal) => Refuse(refusal);

    public static implicit operator Result<T>(T value) => Ok(value);

    public Result<TOther> Then<TOther>(Func<T, Result<TOther>> next) => IsRefused ? Refusal : next(Value);

    public override string ToString() => IsRefused ? $"Refused: {Refusal.Reason}" : $"Ok: {Value}";
}

/// <summary>The unit value for results that carry no data.</summary>
public readonly record struct Done
{
    public static readonly Done Value;
}
