import "reflect-metadata";
import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { DealStatus } from "../../model/deal-status";
import { connectionType } from "../common/connection";
import { DateScalar } from "../common/date.scalar";
import { Node } from "../common/node.type";

/** Where a deal record comes from. */
export const DealSource = { PRESS: "PRESS", SIPRI: "SIPRI" } as const;
registerEnumType(DealSource, { name: "DealSource", description: "PRESS: reported in ingested articles; SIPRI: a row of the SIPRI arms-transfers register." });

registerEnumType(DealStatus, { name: "DealStatus" });

/** GraphQL shape of an arms transfer (SIPRI register fields plus press fields); supplier, recipient and evidence are field resolvers. */
@ObjectType("Deal", { implements: Node, description: "An arms transfer: a SIPRI trade-register row as published, and/or what the press reported." })
export class DealNode {
  @Field(() => DealSource)
  source: string;

  @Field(() => [String], { description: 'Items as reported ("tanks", "Smerch multiple-launch rocket system").' })
  items: string[];

  @Field(() => String, { nullable: true, description: 'Weapon designation ("T-90S").' })
  designation: string | null;

  @Field(() => String, { nullable: true, description: 'Weapon description ("tank", "MRL").' })
  description: string | null;

  @Field(() => String, { nullable: true, description: 'SIPRI category, lower case ("armoured vehicles").' })
  category: string | null;

  @Field(() => Int, { nullable: true })
  numberOrdered: number | null;

  @Field(() => Boolean, { description: "True when SIPRI prints the number in brackets (an estimate)." })
  numberOrderedEstimated: boolean;

  @Field(() => Int, { nullable: true })
  numberDelivered: number | null;

  @Field(() => Boolean, { description: "True when SIPRI prints it in brackets (an estimate)." })
  numberDeliveredEstimated: boolean;

  @Field(() => Int, { nullable: true })
  orderYear: number | null;

  @Field(() => Boolean, { description: "True when SIPRI prints it in brackets (an estimate)." })
  orderYearEstimated: boolean;

  @Field(() => String, { nullable: true, description: 'Years of delivery as SIPRI prints them ("2010-2013").' })
  deliveryYears: string | null;

  @Field(() => Boolean, { description: "True when SIPRI prints it in brackets (an estimate)." })
  deliveryYearsEstimated: boolean;

  @Field(() => String, { nullable: true, description: 'SIPRI status column ("New", "Second hand").' })
  sipriStatus: string | null;

  @Field(() => String, { nullable: true, description: "SIPRI comments (often the money value)." })
  comments: string | null;

  @Field(() => Float, { nullable: true, description: "SIPRI trend-indicator value per unit (a volume index, not a price)." })
  tivPerUnit?: number | null;

  @Field(() => Float, { nullable: true, description: "SIPRI trend-indicator value of the whole order." })
  tivTotalOrder?: number | null;

  @Field(() => Float, { nullable: true, description: "SIPRI trend-indicator value of the weapons delivered." })
  tivDelivered?: number | null;

  @Field(() => String, { nullable: true, description: 'Reported money value as written ("$4 billion").' })
  valueText: string | null;

  @Field(() => Float, { nullable: true })
  amount: number | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code ("USD").' })
  currency: string | null;

  @Field(() => String, { nullable: true, description: 'Period as written ("2009-2011", "since 2011").' })
  period: string | null;

  @Field(() => Int, { nullable: true })
  periodStart: number | null;

  @Field(() => Int, { nullable: true })
  periodEnd: number | null;

  @Field(() => DealStatus, { nullable: true })
  status: string | null;

  @Field(() => Float, { nullable: true, description: "Press deals: 1 when the text names both parties, lower when one was inferred (see evidence notes); null for SIPRI records." })
  confidence: number | null;

  @Field(() => DateScalar, { nullable: true, description: "When the status was reported, YYYY-MM-DD." })
  statusReportedOn: string | null;

  @Field(() => String, { description: "ISO 8601 timestamp of creation." })
  createdAt: string;
}

/** Relay connection of deals. */
export const DealConnection = connectionType("Deal", DealNode);
