#pragma once

namespace Fleetdeck::Sim {

class Router;
struct SimContext;

// Stripe v1 under /stripe (Authorization: Bearer <secret>), API version 2026-10-28 shapes, serving the seeded
// book of SimContext::billing. Every list is Stripe's envelope {"object":"list","data":[…],"has_more",…,"url"},
// newest first, paged with limit (1..100, default 10) and starting_after / ending_before (an unknown id is a 400
// in Stripe's error shape); every answer carries a Request-Id.
//   GET /v1/customers           the fleet's customers
//   GET /v1/subscriptions       status (default: all but canceled; "all"; "ended"; one status), customer,
//                               collection_method, price; expand[]=data.discounts (discount objects instead of
//                               ids) and data.customer; items embedded, cut at 20 with has_more
//   GET /v1/subscription_items  subscription (required): that subscription's items
//   GET /v1/invoices            status, customer, subscription, collection_method; expand[]=data.customer
//   GET /v1/coupons             every coupon
// Other expand[] values are ignored.
class StripeStub
{
public:
    static void install(Router& router, SimContext& context);
};

} // namespace Fleetdeck::Sim
