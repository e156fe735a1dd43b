using System.Net;
using ARSoft.Tools.Net;
using ARSoft.Tools.Net.Dns;

namespace Cutover.Sandbox.Dns;

/// <summary>
/// What the simulated zones' name server says to one message: authoritative answers for <see cref="SimulatedDns"/>'s
/// zones (the apex NS <c>ns1.&lt;zone&gt;</c> with <see cref="Answer"/>'s address as glue, SOA, CNAME, A, AAAA; NXDOMAIN
/// with the SOA for names that do not exist), REFUSED for every other name or class (it does not recurse), NOTIMP for
/// any operation but a standard query, FORMERR for a message that is not one query with one question
/// (RFC 1035 §4.1.1).
/// </summary>
internal static class SimulatedZoneAnswers
{
    private const int NameServerTtl = 86_400;

    /// <summary>The response to <paramref name="query"/>, <paramref name="address"/> being where the name server answers.</summary>
    public static DnsMessageBase Answer(SimulatedDns dns, IPAddress address, DnsMessageBase query)
    {
        if (!query.IsQuery)
            return Failure(query.TransactionID, ReturnCode.FormatError);
        if (query is not DnsMessage message)
            return Failure(query.TransactionID, ReturnCode.NotImplemented);
        if (message.Questions.Count != 1)
            return Failure(query.TransactionID, ReturnCode.FormatError);

        var response = message.CreateResponseInstance();
        var question = message.Questions[0];
        var name = string.Join('.', question.Name.Labels).ToLowerInvariant();
        if (message.OperationCode != OperationCode.Query)
            return Refuse(response, ReturnCode.NotImplemented);
        if (question.RecordClass != RecordClass.INet || dns.FindZone(name) is not { } zone)
            return Refuse(response, ReturnCode.Refused);

        response.IsAuthoritiveAnswer = true;
        var zoneName = DomainName.Parse(zone);
        var nameServer = DomainName.Parse($"ns1.{zone}");
        var glue = new ARecord(nameServer, NameServerTtl, address);
        var soa = new SoaRecord(zoneName, NameServerTtl, nameServer, DomainName.Parse($"hostmaster.{zone}"), 1, 3600, 600, 604_800, 60);
        if (name == zone && question.RecordType == RecordType.Ns)
        {
            response.AnswerRecords.Add(new NsRecord(zoneName, NameServerTtl, nameServer));
            response.AdditionalRecords.Add(glue);
            return response;
        }

        if (name == zone && question.RecordType == RecordType.Soa)
        {
            response.AnswerRecords.Add(soa);
            return response;
        }

        if (name == $"ns1.{zone}")
        {
            if (question.RecordType == RecordType.A)
                response.AnswerRecords.Add(glue);
            else
                response.AuthorityRecords.Add(soa);
            return response;
        }

        var records = dns.RecordsNamed(name);
        var cname = records.FirstOrDefault(r => r.Type == "CNAME");
        IEnumerable<DnsRecordBase> answers = cname is not null
            ? [new CNameRecord(DomainName.Parse(cname.Name), cname.PublishedTtl, DomainName.Parse(cname.Content))]
            : records.Where(r => Type(r.Type) == question.RecordType && question.RecordType is RecordType.A or RecordType.Aaaa)
                .Select(r => Address(r, question.RecordType));
        response.AnswerRecords.AddRange(answers);
        if (response.AnswerRecords.Count > 0)
            return response;
        if (name != zone && !dns.NameExists(name))
            response.ReturnCode = ReturnCode.NxDomain;
        response.AuthorityRecords.Add(soa);
        return response;
    }

    /// <summary>A response that repeats nothing of a message it could not take as a query: its id, QR and the code.</summary>
    private static DnsMessage Failure(ushort id, ReturnCode code) =>
        new() { TransactionID = id, IsQuery = false, ReturnCode = code };

    private static DnsMessage Refuse(DnsMessage response, ReturnCode code)
    {
        response.ReturnCode = code;
        return response;
    }

    private static DnsRecordBase Address(SimulatedDnsRecord record, RecordType type)
    {
        var name = DomainName.Parse(record.Name);
        var address = IPAddress.Parse(record.Content);
        return type == RecordType.A
            ? new ARecord(name, record.PublishedTtl, address)
            : new AaaaRecord(name, record.PublishedTtl, address);
    }

    private static RecordType Type(string type) => type switch
    {
        "A" => RecordType.A,
        "AAAA" => RecordType.Aaaa,
        "CNAME" => RecordType.CName,
        _ => RecordType.Invalid,
    };
}
