package org.creditgraph.loaders.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.creditgraph.loaders.generate.RefData.Authority;
import org.creditgraph.loaders.generate.World.Ent;

/**
 * Everything generated for one enterprise: its roles, the investments INTO it, its penalties
 * (including those of its people), accidents, responsibilities and listings. A plan lives only
 * while its enterprise is written, which keeps the generator's memory bounded.
 */
final class Plan {

    static final String LEGAL_REP = "法定代表人";
    static final String PRINCIPAL = "主要负责人";
    static final String SAFETY_MANAGER = "安全生产管理人员";
    static final String DIRECTOR = "董事";
    static final String SUPERVISOR = "监事";
    static final String SHAREHOLDER = "股东";

    final Ent ent;
    final List<Role> roles = new ArrayList<>();
    final List<Investment> investments = new ArrayList<>();
    final List<Penalty> penalties = new ArrayList<>();
    final List<Accident> accidents = new ArrayList<>();
    final List<Responsibility> responsibilities = new ArrayList<>();
    final List<Listing> listings = new ArrayList<>();
    /** Successors appointed so far (see {@link World#successor}). */
    int successions;

    Plan(Ent ent) {
        this.ent = ent;
    }

    /** A role of a person in this enterprise; {@code to} is the last day (inclusive), null while held. */
    static final class Role {
        final int person;
        final String role;
        final String share;
        final LocalDate from;
        LocalDate to;

        Role(int person, String role, String share, LocalDate from, LocalDate to) {
            this.person = person;
            this.role = role;
            this.share = share;
            this.from = from;
            this.to = to;
        }

        boolean heldOn(LocalDate d) {
            return !from.isAfter(d) && (to == null || !to.isBefore(d));
        }
    }

    /** A shareholding in this enterprise. */
    record Investment(String investorCode, String investorName, String share, LocalDate from, LocalDate to) {}

    /** A penalty decision; the party is this enterprise unless {@code person >= 0}. */
    static final class Penalty {
        int person = -1;
        String decisionNo;
        RefData.Violation violation;
        String violationType;
        String facts;
        String basis;
        String types;
        String content;
        String fineWan = "";
        String confiscatedWan = "";
        String licence = "";
        LocalDate decidedOn;
        LocalDate validUntil;
        LocalDate publicityUntil;
        Authority authority;
        String remarks = "";
        LocalDate publishedOn;
        String status = "";
        LocalDate statusOn;
        /** A severity-3 (listing criterion) penalty that stories do not want listed. */
        boolean neverList;
        /** Party of a 个体工商户 not in enterprises.csv: name, operator and code replace the plan's enterprise. */
        String shopName;

        String shopOperator;
        String shopCode;

        boolean annulled() {
            return "撤销".equals(status);
        }
    }

    /** An accident at this enterprise. */
    static final class Accident {
        String number;
        String title;
        LocalDate occurredOn;
        String category;
        int deaths;
        int seriousInjuries;
        /** Direct economic loss in hundredths of 万元. */
        long lossCentiWan;

        boolean liability;
        LocalDate reportApprovedOn;
        String claimedGrade = "";
        Authority authority;

        /** D2 grade: 0 GENERAL, 1 LARGER, 2 MAJOR, 3 ESPECIALLY_MAJOR. */
        int grade() {
            long lossYuan = lossCentiWan * 100;
            if (deaths >= 30 || seriousInjuries >= 100 || lossYuan >= 100_000_000L) {
                return 3;
            }
            if (deaths >= 10 || seriousInjuries >= 50 || lossYuan >= 50_000_000L) {
                return 2;
            }
            if (deaths >= 3 || seriousInjuries >= 10 || lossYuan >= 10_000_000L) {
                return 1;
            }
            return 0;
        }
    }

    /** A responsibility of a person ({@code person >= 0}) or of this enterprise itself. */
    record Responsibility(
            Accident accident,
            int person,
            String position,
            String responsibility,
            String outcome,
            LocalDate outcomeOn,
            LocalDate sentenceEndOn) {}

    /** A listing of this enterprise, or of a person ({@code person >= 0}). */
    static final class Listing {
        String list;
        int person = -1;
        String reason;
        final List<String> basis = new ArrayList<>();
        Authority authority;
        LocalDate listedOn;
        LocalDate expiresOn;
        LocalDate removedOn;
        String removalReason = "";
        LocalDate restoredOn;
    }

    // ---------------------------------------------------------------------------------------------

    Role addRole(int person, String role, LocalDate from) {
        Role r = new Role(person, role, "", from, null);
        roles.add(r);
        return r;
    }

    /** D5: the principal on {@code d}: a PRINCIPAL holder, else the legal representative. */
    Role principalOn(LocalDate d) {
        Role legal = null;
        for (Role r : roles) {
            if (r.heldOn(d)) {
                if (r.role.equals(PRINCIPAL)) {
                    return r;
                }
                if (r.role.equals(LEGAL_REP) && legal == null) {
                    legal = r;
                }
            }
        }
        return legal;
    }

    Role heldOn(String role, LocalDate d) {
        for (Role r : roles) {
            if (r.role.equals(role) && r.heldOn(d)) {
                return r;
            }
        }
        return null;
    }

    /** The legal representative on {@code d}, else the first one. */
    int legalRepOn(LocalDate d) {
        Role r = heldOn(LEGAL_REP, d);
        if (r != null) {
            return r.person;
        }
        for (Role x : roles) {
            if (x.role.equals(LEGAL_REP)) {
                return x.person;
            }
        }
        return ent.index();
    }

    /** The current legal representative (no end date), else the last one. */
    int currentLegalRep() {
        Role last = null;
        for (Role r : roles) {
            if (r.role.equals(LEGAL_REP)) {
                if (r.to == null) {
                    return r.person;
                }
                last = r;
            }
        }
        return last == null ? ent.index() : last.person;
    }

    /**
     * Ends every open legal-representative / principal / safety-manager role of {@code person} on
     * {@code lastDay} and gives the ended legal-representative and principal roles to the
     * enterprise's next successor ({@link World#successor}) from the next day.
     */
    void removeFromOffice(int person, LocalDate lastDay, World world) {
        List<Role> added = new ArrayList<>();
        int successor = -1;
        for (Role r : roles) {
            if (r.person != person || r.to != null && r.to.isBefore(lastDay) || r.from.isAfter(lastDay)) {
                continue;
            }
            boolean office = r.role.equals(LEGAL_REP) || r.role.equals(PRINCIPAL);
            if (office || r.role.equals(SAFETY_MANAGER)) {
                LocalDate oldTo = r.to;
                r.to = lastDay;
                if (office && oldTo == null) {
                    if (successor < 0) {
                        successor = world.successor(ent.index(), successions++);
                    }
                    added.add(new Role(successor, r.role, "", lastDay.plusDays(1), null));
                }
            }
        }
        roles.addAll(added);
    }
}
