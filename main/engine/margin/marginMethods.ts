import type { MarginMethodId } from '../../../shared/marginResult.ts';
import { cryptoPmMethod } from './cryptoPmMethod.ts';
import { finraPmMethod } from './finraPmMethod.ts';
import { grossNotionalMethod } from './grossNotionalMethod.ts';
import { houseMethod } from './houseMethod.ts';
import type { MarginMethod } from './marginMethod.ts';
import { regTMethod } from './regTMethod.ts';
import { spanMethod } from './spanMethod.ts';
import { varMethod } from './varMethod.ts';

/** Every margin method by id; the rule set of the same `method` carries its parameters. */
export const marginMethods: Record<MarginMethodId, MarginMethod<never>> = {
  span: spanMethod as MarginMethod<never>,
  'finra-pm': finraPmMethod as MarginMethod<never>,
  'crypto-pm': cryptoPmMethod as MarginMethod<never>,
  'reg-t': regTMethod as MarginMethod<never>,
  'gross-notional': grossNotionalMethod as MarginMethod<never>,
  var: varMethod as MarginMethod<never>,
  house: houseMethod as MarginMethod<never>,
};
