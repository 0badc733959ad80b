// Credit grades (KIND credit-grades) and the incentives catalogue: natural keys.
CREATE CONSTRAINT credit_grade_key IF NOT EXISTS FOR (n:CreditGrade) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT incentive_code IF NOT EXISTS FOR (n:Incentive) REQUIRE n.code IS UNIQUE;
