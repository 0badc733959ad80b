package org.creditgraph.loaders.generate;

import static org.creditgraph.loaders.generate.Fmt.date;

import org.creditgraph.loaders.generate.Plan.Accident;
import org.creditgraph.loaders.generate.Plan.Investment;
import org.creditgraph.loaders.generate.Plan.Listing;
import org.creditgraph.loaders.generate.Plan.Penalty;
import org.creditgraph.loaders.generate.Plan.Responsibility;
import org.creditgraph.loaders.generate.Plan.Role;
import org.creditgraph.loaders.generate.World.Ent;
import org.creditgraph.loaders.generate.World.Person;
import org.creditgraph.loaders.kind.Kind;

/** Turns a plan into rows of the seven files, in the column order of {@link Kind}. */
final class Emitter {

    static final String ID_TYPE = "居民身份证";
    static final String LEGAL_PARTY = "法人及非法人组织";

    private final World world;
    private final CsvSinks out;

    Emitter(World world, CsvSinks out) {
        this.world = world;
        this.out = out;
    }

    void emit(Plan p) {
        Ent e = p.ent;
        Person rep = world.person(p.currentLegalRep());
        out.write(
                Kind.ENTERPRISES,
                e.uscc(),
                e.name(),
                e.formerNames(),
                e.district().code(),
                e.industry().code(),
                e.status(),
                date(e.founded()),
                rep.name(),
                rep.idNumber(),
                e.registrationNumber());
        for (Role r : p.roles) {
            Person x = world.person(r.person);
            out.write(Kind.ROLES, e.uscc(), x.name(), ID_TYPE, x.idNumber(), r.role, r.share, date(r.from), date(r.to));
        }
        for (Investment inv : p.investments) {
            out.write(
                    Kind.INVESTMENTS,
                    inv.investorCode(),
                    inv.investorName(),
                    e.uscc(),
                    inv.share(),
                    date(inv.from()),
                    date(inv.to()));
        }
        for (Penalty pen : p.penalties) {
            penalty(p, pen);
        }
        for (Accident a : p.accidents) {
            out.write(
                    Kind.ACCIDENTS,
                    a.number,
                    a.title,
                    date(a.occurredOn),
                    e.district().code(),
                    e.industry().code(),
                    a.category,
                    Integer.toString(a.deaths),
                    Integer.toString(a.seriousInjuries),
                    Fmt.centi(a.lossCentiWan),
                    e.uscc(),
                    e.name(),
                    a.liability ? "是" : "否",
                    date(a.reportApprovedOn),
                    a.claimedGrade);
        }
        for (Responsibility r : p.responsibilities) {
            if (r.person() < 0) {
                out.write(
                        Kind.RESPONSIBILITIES,
                        r.accident().number,
                        "单位",
                        e.name(),
                        e.uscc(),
                        "",
                        "",
                        r.responsibility(),
                        r.outcome(),
                        date(r.outcomeOn()),
                        date(r.sentenceEndOn()));
            } else {
                Person x = world.person(r.person());
                out.write(
                        Kind.RESPONSIBILITIES,
                        r.accident().number,
                        "自然人",
                        x.name(),
                        x.idNumber(),
                        e.uscc(),
                        r.position(),
                        r.responsibility(),
                        r.outcome(),
                        date(r.outcomeOn()),
                        date(r.sentenceEndOn()));
            }
        }
        for (Listing l : p.listings) {
            String type;
            String name;
            String code;
            if (l.person < 0) {
                type = "法人";
                name = e.name();
                code = e.uscc();
            } else {
                Person x = world.person(l.person);
                type = "自然人";
                name = x.name();
                code = x.idNumber();
            }
            out.write(
                    Kind.LISTINGS,
                    l.list,
                    type,
                    name,
                    code,
                    l.reason,
                    String.join(";", l.basis),
                    l.authority.name(),
                    l.authority.uscc(),
                    date(l.listedOn),
                    date(l.expiresOn),
                    date(l.removedOn),
                    l.removalReason,
                    date(l.restoredOn),
                    null, // 工商注册号, 组织机构代码, 来源编号: generated listings carry a USCC or ID number
                    null,
                    null);
        }
    }

    private void penalty(Plan p, Penalty pen) {
        String partyName;
        String partyType;
        String uscc;
        String legalRep;
        String idType = "";
        String idNumber = "";
        if (pen.shopName != null) {
            partyName = pen.shopName;
            partyType = "个体工商户";
            uscc = pen.shopCode;
            legalRep = pen.shopOperator;
        } else if (pen.person >= 0) {
            Person x = world.person(pen.person);
            partyName = x.name();
            partyType = "自然人";
            uscc = "";
            legalRep = "";
            idType = ID_TYPE;
            idNumber = x.idNumber();
        } else {
            partyName = p.ent.name();
            partyType = LEGAL_PARTY;
            uscc = p.ent.uscc();
            legalRep = world.person(p.legalRepOn(pen.decidedOn)).name();
        }
        out.write(
                Kind.PENALTIES,
                partyName,
                partyType,
                uscc,
                legalRep,
                idType,
                idNumber,
                pen.decisionNo,
                pen.violationType,
                pen.facts,
                pen.basis,
                pen.types,
                pen.content,
                pen.fineWan,
                pen.confiscatedWan,
                pen.licence,
                date(pen.decidedOn),
                date(pen.validUntil),
                date(pen.publicityUntil),
                "",
                pen.authority.name(),
                pen.authority.uscc(),
                pen.authority.name(),
                pen.authority.uscc(),
                pen.remarks,
                date(pen.publishedOn),
                pen.status,
                date(pen.statusOn));
    }
}
