using Cutover.Core.Messages;
using ScottPlot;
using SkiaSharp;

namespace Cutover.Infrastructure.Monitoring;

/// <summary>
/// <see cref="IHealthCharts"/> with ScottPlot: four panels stacked in one PNG of <see cref="Width"/> × <see cref="Height"/>
/// (legible at Slack's and Teams' inline sizes) — requests per minute, 5xx rate, p95 service time and dyno memory, one
/// point per report so far. The new app is a solid blue line, the source's pre-cutover baseline a dashed orange line,
/// the 5xx alert threshold a dotted vermillion line, and reports that alerted are marked with vermillion triangles
/// (Okabe–Ito colours, distinguishable with colour-blindness, and told apart by pattern and shape too). A header names
/// the app and the report; on the final report's chart of the whole window it states the verdict.
/// </summary>
public sealed class ScottPlotHealthCharts : IHealthCharts
{
    public const int Width = 800;
    public const int Height = 880;
    private const int HeaderHeight = 56;
    private const int PanelHeight = (Height - HeaderHeight) / 4;

    private static readonly Color NewApp = Color.FromHex("#0072B2");
    private static readonly Color Baseline = Color.FromHex("#E69F00");
    private static readonly Color Alert = Color.FromHex("#D55E00");
    private static readonly SKColor Healthy = SKColor.Parse("#009E73");
    private static readonly SKColor Ink = SKColor.Parse("#222222");

    public ChatImage Render(HealthChartData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var panels = new (string Title, string Unit, Func<HealthPoint, double?> Value, double? Threshold)[]
        {
            ("Requests per minute", "req/min", p => p.RequestsPerMinute, null),
            ("5xx rate", "%", p => p.ServerErrorRate * 100, data.ServerErrorRateLimit * 100),
            ("p95 service time", "ms", p => p.P95Ms, null),
            ("Dyno memory (max)", "MB", p => p.MemoryMb, null),
        };
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height));
        surface.Canvas.Clear(SKColors.White);
        var slot = data.Points.Count == 0 ? 0 : data.Points[^1].Slot;
        Header(surface.Canvas, data, slot);
        for (var i = 0; i < panels.Length; i++)
        {
            var (title, unit, value, threshold) = panels[i];
            var png = Panel(data, title, unit, value, threshold).GetImageBytes(Width, PanelHeight, ImageFormat.Png);
            using var panel = SKImage.FromEncodedData(png);
            surface.Canvas.DrawImage(panel, 0, HeaderHeight + (i * PanelHeight));
        }

        using var image = surface.Snapshot();
        using var encoded = image.Encode(SKEncodedImageFormat.Png, 100);
        var name = data.Final ? $"{data.App}-health-final.png" : $"{data.App}-health-{slot.ToString(CultureInfo.InvariantCulture)}.png";
        return new ChatImage(name, data.Describe(), encoded.ToArray());
    }

    /// <summary>The app and the report on the first line; the verdict (final) or what is compared on the second.</summary>
    private static void Header(SKCanvas canvas, HealthChartData data, int slot)
    {
        var title = data.Final
            ? $"{data.App}: the whole monitoring window, {data.Points.Count.ToString(CultureInfo.InvariantCulture)} report(s)"
            : $"{data.App}: health report {slot.ToString(CultureInfo.InvariantCulture)}";
        var second = data.Final ? data.Verdict() : "The window so far against the source app's pre-cutover baseline.";
        var colour = !data.Final ? Ink : data.Alerted ? new SKColor(Alert.R, Alert.G, Alert.B) : Healthy;
        Line(canvas, title, 24, 20, bold: true, Ink);
        Line(canvas, second, 46, 16, bold: data.Final, colour);
    }

    /// <summary>One line of text, its size reduced until it fits the width.</summary>
    private static void Line(SKCanvas canvas, string text, float baseline, float size, bool bold, SKColor colour)
    {
        var typeface = Fonts.GetTypeface(Fonts.Default, bold, italic: false); // ScottPlot keeps it: not ours to dispose
        using var font = new SKFont(typeface, size);
        while (font.Size > 9 && font.MeasureText(text) > Width - 24)
            font.Size -= 1;
        using var paint = new SKPaint { Color = colour, IsAntialias = true };
        canvas.DrawText(text, 12, baseline, SKTextAlign.Left, font, paint);
    }

    private static Plot Panel(HealthChartData data, string title, string unit, Func<HealthPoint, double?> value, double? threshold)
    {
        var plot = new Plot();
        plot.Title(title);
        plot.Axes.Left.Label.Text = unit;
        plot.Axes.Bottom.Label.Text = "report";
        var points = data.Points.Where(p => value(p) is not null).ToList();
        var xs = points.Select(p => (double)p.Slot).ToArray();
        var ys = points.Select(p => value(p)!.Value).ToArray();
        if (xs.Length > 0)
        {
            var line = plot.Add.Scatter(xs, ys);
            line.Color = NewApp;
            line.LineWidth = 2;
            line.MarkerSize = 5;
            line.LegendText = data.App;
            var alerted = points.Where(p => p.Alerted).ToList();
            if (alerted.Count > 0)
            {
                var marks = plot.Add.Markers(alerted.Select(p => (double)p.Slot).ToArray(), alerted.Select(p => value(p)!.Value).ToArray(),
                    MarkerShape.FilledTriangleUp, 10, Alert);
                marks.LegendText = "alerted";
            }
        }

        if (data.Baseline is { } baseline && value(baseline) is { } before)
        {
            var line = plot.Add.HorizontalLine(before);
            line.Color = Baseline;
            line.LineWidth = 2;
            line.LinePattern = LinePattern.Dashed;
            line.LegendText = "baseline (before cutover)";
        }

        if (threshold is { } limit)
        {
            var line = plot.Add.HorizontalLine(limit);
            line.Color = Alert;
            line.LineWidth = 1.5f;
            line.LinePattern = LinePattern.Dotted;
            line.LegendText = "alert threshold";
        }

        // Reports are whole numbers: one tick per report (fewer when there are many), never 1.05.
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Axes.Margins(bottom: 0);
        var last = data.Points.Count == 0 ? 1 : data.Points[^1].Slot;
        plot.Axes.SetLimitsX(0.5, Math.Max(2, last) + 0.5);
        plot.ShowLegend(Alignment.UpperLeft);
        return plot;
    }
}
